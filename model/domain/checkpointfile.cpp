// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/domain/checkpointfile.h"

#include <array>

namespace rd {

namespace {

struct StateWord
{
    CheckpointFileState state;
    const char *description;
};

// state_desc as the DMV prints it (Microsoft Docs, sys.dm_db_xtp_checkpoint_files).
constexpr std::array<StateWord, 9> stateWords{{
    {CheckpointFileState::Precreated, "PRECREATED"},
    {CheckpointFileState::UnderConstruction, "UNDER CONSTRUCTION"},
    {CheckpointFileState::Active, "ACTIVE"},
    {CheckpointFileState::MergeTarget, "MERGE TARGET"},
    {CheckpointFileState::MergedSource, "MERGED SOURCE"},
    {CheckpointFileState::RequiredForBackupHa, "REQUIRED FOR BACKUP/HA"},
    {CheckpointFileState::InTransitionToTombstone, "IN TRANSITION TO TOMBSTONE"},
    {CheckpointFileState::Tombstone, "TOMBSTONE"},
    {CheckpointFileState::WaitingForLogTruncation, "WAITING FOR LOG TRUNCATION"},
}};

} // namespace

QString stateDescription(CheckpointFileState state)
{
    for (const StateWord &w : stateWords)
        if (w.state == state)
            return QString::fromLatin1(w.description);
    return {};
}

std::optional<CheckpointFileState> checkpointFileState(int code, CheckpointDmvVersion version)
{
    const bool in2014 = code >= 0 && code <= 7;
    const bool in2016 = (code >= 0 && code <= 3) || code == 8;
    if (version == CheckpointDmvVersion::SqlServer2014 ? !in2014 : !in2016)
        return std::nullopt;
    return CheckpointFileState(code);
}

std::optional<CheckpointFileState> checkpointFileStateFromDescription(const QString &description)
{
    const QString d = description.trimmed();
    if (d.compare(QLatin1String("MERGE SOURCE"), Qt::CaseInsensitive) == 0)
        return CheckpointFileState::MergedSource;
    for (const StateWord &w : stateWords)
        if (d.compare(QLatin1String(w.description), Qt::CaseInsensitive) == 0)
            return w.state;
    return std::nullopt;
}

QString fileTypeDescription(CheckpointFileType type)
{
    switch (type) {
    case CheckpointFileType::Free: return QStringLiteral("FREE");
    case CheckpointFileType::Data: return QStringLiteral("DATA");
    case CheckpointFileType::Delta: return QStringLiteral("DELTA");
    case CheckpointFileType::Root: return QStringLiteral("ROOT");
    case CheckpointFileType::LargeData: return QStringLiteral("LARGE DATA");
    }
    return {};
}

std::optional<CheckpointFileType> checkpointFileType(int code)
{
    if (code < -1 || code > 3)
        return std::nullopt;
    return CheckpointFileType(code);
}

} // namespace rd
