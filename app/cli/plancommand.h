// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

namespace rd::cli {

/// `restore-designer plan FILE [--to latest|TIME|mark:NAME|lsn:LSN] [--online-first FG,FG...]
/// [--format text|json] [-o OUT]`: plans the restore of FILE's history to the target
/// (RestorePlanner, docs/planner.md). Text: the steps with the backups they restore, the reasons
/// for the choices, then the backups left out with their reasons (PlanExplanation), long runs with
/// the same reason grouped. JSON: the project in the plan format with the new plan appended last
/// (and the tail-log backup it takes, when new). `-o OUT` writes that project (.json or .rdproj).
/// Exit status: 0 planned, 1 no plan reaches the target, 2 unreadable input or a wrong command line.
class PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(rd::cli::PlanCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace rd::cli
