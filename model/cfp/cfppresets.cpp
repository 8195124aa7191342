// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/cfp/cfppresets.h"

namespace rd {
namespace {

using Kind = CfpWorkloadStep::Kind;

CfpWorkloadStep step(Kind kind)
{
    CfpWorkloadStep s;
    s.kind = kind;
    return s;
}

// What the blog ran before each example's BACKUP DATABASE (its T-SQL, in order).
QList<CfpWorkloadStep> stepsUpTo(int number)
{
    QList<CfpWorkloadStep> steps;
    if (number >= 2) { // 8,000 single-row INSERTs
        CfpWorkloadStep insert = step(Kind::Insert);
        insert.rows = 8000;
        insert.rowBytes = CfpPresets::BlogRowBytes;
        steps << insert;
    }
    if (number >= 3) // example 2's full backup, then CHECKPOINT
        steps << step(Kind::FullBackup) << step(Kind::Checkpoint);
    if (number >= 4) { // example 3's full backup; delete every other row; checkpoint; manual merge; checkpoint
        CfpWorkloadStep remove = step(Kind::Delete);
        remove.share = 0.5;
        CfpWorkloadStep merge = step(Kind::Merge);
        merge.mergeMode = CfpMergeMode::Manual;
        steps << step(Kind::FullBackup) << remove << step(Kind::Checkpoint) << merge << step(Kind::Checkpoint);
    }
    if (number >= 5) { // example 4's full backup; three times CHECKPOINT and BACKUP LOG
        steps << step(Kind::FullBackup);
        for (int i = 0; i < 3; ++i)
            steps << step(Kind::Checkpoint) << step(Kind::LogBackup);
    }
    return steps;
}

} // namespace

std::optional<CfpWorkload> CfpPresets::example(int number)
{
    if (number < 1 || number > Count)
        return std::nullopt;
    CfpWorkload w;
    w.name = QStringLiteral("blog example %1").arg(number);
    w.version = CfpVersion::SqlServer2014;
    w.memory = CfpServerMemory::UpTo16GB;
    w.logicalProcessors = 4; // "a machine with < 8 cores": 8 PRECREATED all the same
    // PRIMARY and log pages as BACKUP printed them (example 2's "543" is 8543: 8847 - 304). Example
    // 1 gives only "around 5.3MB": PRIMARY as in example 2, the rest log (5.3 MB / 8 KB - 304).
    static constexpr qint64 disk[Count] = {304, 304, 304, 304, 288};
    static constexpr qint64 log[Count] = {343, 8543, 8548, 8815, 23};
    w.diskPages = disk[number - 1];
    w.logPages = log[number - 1];
    w.steps = stepsUpTo(number);
    return w;
}

} // namespace rd
