// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/cli/clisupport.h"
#include "model/findings/diagnostic.h"

namespace rd::cli {

/// `restore-designer check FILE [--plan NAME] [--format text|json]`: every finding of the
/// validator for each plan; exit 1 when any is an error.
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(rd::cli::CheckCommand)
public:
    static int run(const QStringList &arguments);
    /// The findings of these plans as `check` prints them; *hasErrors tells whether any is an error.
    static QByteArray report(const Project &project, const QList<Plan> &plans, Format format, bool *hasErrors);
    /// "error", "warning", "info", translated: the text outputs' severity column (`health`'s too).
    static QString severityWord(Severity severity);
};

} // namespace rd::cli
