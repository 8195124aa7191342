// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/cfpsnapshot.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace rd {

/// The plan format's `cfpSnapshots` (docs/plan-format.md, "cfpSnapshots"): one object per
/// snapshot, its checkpoint files in `files`. Internal to PlanJsonReader and PlanJsonWriter.
class CfpSnapshotJson
{
public:
    /// The snapshots of the array `v` at JSON path `path`. Throws JsonParseError naming the path of
    /// what is wrong: a state or file type the snapshot's DMV version does not have, a GUID that does
    /// not parse, a number out of its column's range, snapshots not in time order.
    static QList<CfpSnapshot> fromJson(const QJsonArray &v, const QString &path, QStringList *warnings);
    static QJsonObject toJson(const CfpSnapshot &snapshot);
};

} // namespace rd
