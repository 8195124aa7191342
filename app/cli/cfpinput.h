// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/cfp/cfpestimator.h"

#include <QCoreApplication>

#include <optional>

namespace rd::cli {

/// What `restore-designer cfp` estimates: a checkpoint inventory and the backup inputs beside it.
struct CfpSource
{
    QString name;        ///< for the report's title: the workload's name, or the file's
    CfpVersion version = CfpVersion::SqlServer2016; ///< the rules to estimate under
    CheckpointInventory inventory;
    CfpBackupInputs inputs;
};

/// The one place where the cfp command recognises and reads its FILE, and plays the presets. In
/// this order: a CFP workload (JSON with "kind": "cfp-workload", docs/cfp.md); an export of
/// sys.dm_db_xtp_checkpoint_files (CSV or sqlcmd output naming checkpoint_file_id, docs/cfp-import.md),
/// estimated under its DMV's version unless --version says otherwise; a plan or project file, whose
/// newest CFP snapshot is estimated. An inventory read without a workload does not know the
/// disk-based pages or the log: they count as 0, with a warning. Problems are printed (naming the
/// file); nullopt then.
class CfpInput
{
    Q_DECLARE_TR_FUNCTIONS(rd::cli::CfpInput)
public:
    /// FILE (or `-`, standard input). `version`, when given, overrides the one the input names
    /// (a workload is then played by that version's lifecycle).
    static std::optional<CfpSource> read(const QString &path, std::optional<CfpVersion> version);
    /// Example `number` of the blog's presets (CfpPresets), played under `version` (2014 RTM when absent).
    static std::optional<CfpSource> example(int number, std::optional<CfpVersion> version);
};

} // namespace rd::cli
