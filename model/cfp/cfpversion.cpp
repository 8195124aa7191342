// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/cfp/cfpversion.h"

namespace rd {

QString CfpVersions::toString(CfpVersion version)
{
    switch (version) {
    case CfpVersion::SqlServer2014Ctp2: return QStringLiteral("2014-ctp2");
    case CfpVersion::SqlServer2014: return QStringLiteral("2014");
    case CfpVersion::SqlServer2016: return QStringLiteral("2016");
    }
    return {};
}

std::optional<CfpVersion> CfpVersions::parse(const QString &name)
{
    for (const CfpVersion v : {CfpVersion::SqlServer2014Ctp2, CfpVersion::SqlServer2014, CfpVersion::SqlServer2016})
        if (name == toString(v))
            return v;
    return std::nullopt;
}

QString CfpVersions::names()
{
    return tr("2014-ctp2, 2014 or 2016");
}

CheckpointDmvVersion CfpVersions::dmvVersion(CfpVersion version)
{
    return version == CfpVersion::SqlServer2016 ? CheckpointDmvVersion::SqlServer2016
                                                : CheckpointDmvVersion::SqlServer2014;
}

CfpVersion CfpVersions::defaultFor(CheckpointDmvVersion dmv)
{
    return dmv == CheckpointDmvVersion::SqlServer2016 ? CfpVersion::SqlServer2016 : CfpVersion::SqlServer2014;
}

CfpContribution CfpVersions::contribution(CheckpointFileState state, CfpVersion version)
{
    using S = CheckpointFileState;
    using C = CfpContribution;
    const bool only2014 = state == S::MergedSource || state == S::RequiredForBackupHa
                          || state == S::InTransitionToTombstone || state == S::Tombstone;
    if (version == CfpVersion::SqlServer2016 ? only2014 : state == S::WaitingForLogTruncation)
        return C::NotInVersion;
    // PRECREATED is metadata only in every version (blog's table, both documents).
    if (state == S::Precreated)
        return C::MetadataOnly;
    // CTP2 copied the allocated bytes of every other state (blog's table, "Backup in CTP2").
    if (version == CfpVersion::SqlServer2014Ctp2)
        return C::AllocatedBytes;
    switch (state) {
    case S::Active:
    case S::MergedSource:
    case S::RequiredForBackupHa:
    case S::WaitingForLogTruncation:
        return C::UsedBytes;
    case S::Precreated:
    case S::UnderConstruction:
    case S::MergeTarget:
    case S::InTransitionToTombstone:
    case S::Tombstone:
        return C::MetadataOnly;
    }
    return C::MetadataOnly;
}

QString CfpVersions::mismatch(const CheckpointInventory &inventory, CfpVersion version)
{
    for (const CheckpointFile &file : inventory.files)
        if (contribution(file.state, version) == CfpContribution::NotInVersion)
            return tr("the inventory holds files in the state %1, which SQL Server %2 does not have")
                .arg(stateDescription(file.state), toString(version));
    return {};
}

} // namespace rd
