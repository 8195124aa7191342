// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/checkpointfile.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace rd {

/// The SQL Server whose backup rules (and checkpoint file lifecycle) the CFP estimates follow, as
/// `restore-designer cfp --version` names them: "2014-ctp2", "2014" (RTM) and "2016" (and later).
enum class CfpVersion { SqlServer2014Ctp2, SqlServer2014, SqlServer2016 };

/// What one checkpoint file in a state adds to a full backup (docs/cfp.md, "What each state
/// contributes"; the table of Microsoft's blog "Database Backup with Memory-Optimized Tables",
/// 2014-02-05, and the 2014 and 2016+ "Backing up a database with memory-optimized tables").
enum class CfpContribution {
    MetadataOnly,   ///< the file's metadata: 0 pages of the filegroup (docs/cfp.md says why)
    AllocatedBytes, ///< metadata + file_size_in_bytes
    UsedBytes,      ///< metadata + file_size_used_in_bytes
    NotInVersion,   ///< the state does not exist in that version (e.g. MERGED SOURCE in 2016+)
};

class CfpVersions
{
    Q_DECLARE_TR_FUNCTIONS(rd::CfpVersions)
public:
    /// "2014-ctp2", "2014", "2016".
    static QString toString(CfpVersion version);
    /// The version with that name (exactly as toString() spells it), or nullopt.
    static std::optional<CfpVersion> parse(const QString &name);
    /// The names accepted, for messages: "2014-ctp2, 2014 or 2016".
    static QString names();
    /// The DMV (and lifecycle) of that version: 2014 for both 2014 builds.
    static CheckpointDmvVersion dmvVersion(CfpVersion version);
    /// The version whose rules apply by default to an inventory of that DMV: 2014 RTM or 2016.
    static CfpVersion defaultFor(CheckpointDmvVersion dmv);

    /// What a file in `state` adds to a full backup under `version`'s rules.
    static CfpContribution contribution(CheckpointFileState state, CfpVersion version);

    /// Why `inventory` cannot be estimated under `version`'s rules (it holds a file in a state that
    /// version does not have, e.g. WAITING FOR LOG TRUNCATION under 2014 or REQUIRED FOR BACKUP/HA
    /// under 2016), naming the state and the version; empty when it can.
    static QString mismatch(const CheckpointInventory &inventory, CfpVersion version);
};

} // namespace rd
