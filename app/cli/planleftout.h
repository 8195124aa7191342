// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/analysis/planexplanation.h"
#include "model/simulation/historyindex.h"

#include <QCoreApplication>

namespace rd::cli {

/// The backups a plan leaves out, with their reasons (PlanExplanation), in history order; a run of
/// consecutive backups of one kind with the same reason is one line ("412 log backups, log_1 …
/// log_412: ends before …"), so a history of 1,000,000 backups prints in a few lines and seconds.
class PlanLeftOut
{
    Q_DECLARE_TR_FUNCTIONS(rd::cli::PlanLeftOut)
public:
    static QStringList lines(const HistoryIndex &index, const PlanExplanation &explanation);
};

} // namespace rd::cli
