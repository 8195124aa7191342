// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

namespace rd::cli {

/// `restore-designer import-history --from msdb|dbatools FILE... [--database NAME] -o OUT`: reads
/// saved backup-history exports (docs/import-msdb.md, docs/import-dbatools.md) and writes the project they describe, as a JSON
/// plan (.json) or a project file (.rdproj) by OUT's extension. The report (what was read, every
/// row skipped and why, what was inferred, warnings) goes to standard output; errors, each naming
/// file, line and column, to standard error. `--from headeronly` is an accepted word but not
/// supported yet. Exit status: 0 written, 2 anything else.
class ImportHistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(rd::cli::ImportHistoryCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace rd::cli
