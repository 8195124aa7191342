// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/cli/clisupport.h"

namespace rd::cli {

/// `restore-designer export-sql FILE [--plan NAME] [--script restore|backup] [-o OUT]`: the T-SQL
/// restore script of one plan (the first by default) or the backup script of the history.
class ExportSqlCommand
{
    Q_DECLARE_TR_FUNCTIONS(rd::cli::ExportSqlCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace rd::cli
