// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/checkpointfile.h"

#include <QDateTime>
#include <QString>

namespace rd {

/// The checkpoint files of the memory-optimized filegroup at one point on the timeline: what
/// sys.dm_db_xtp_checkpoint_files listed then (an import) or what a workload produced. Backups
/// after it are estimated from it (issue 10; docs/plan-format.md, "cfpSnapshots").
struct CfpSnapshot
{
    QDateTime at;   ///< when it was taken: server wall-clock time, as every time of a plan (plantime.h)
    QString source; ///< where it comes from, for people: the file imported, "workload …"; may be empty
    CheckpointInventory inventory;

    bool operator==(const CfpSnapshot &) const = default;
};

} // namespace rd
