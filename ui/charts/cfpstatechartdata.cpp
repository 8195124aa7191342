// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/charts/cfpstatechartdata.h"

#include "model/cfp/cfpestimator.h"
#include "model/cfp/cfpstatetotals.h"

#include <QLocale>

#include <algorithm>

namespace rd {
namespace {

constexpr qint64 MiB = qint64(1) << 20;
constexpr qint64 GiB = qint64(1) << 30;

/// The files of one state, as an inventory of their own, so the estimator prices them alone.
CheckpointInventory filesIn(const CheckpointInventory &inventory, CheckpointFileState state)
{
    CheckpointInventory only{.version = inventory.version, .files = {}};
    for (const CheckpointFile &file : inventory.files)
        if (file.state == state)
            only.files.append(file);
    return only;
}

} // namespace

CfpStateChartData CfpStateChartData::build(const CheckpointInventory &inventory, CfpVersion version,
                                           const std::optional<QSet<QUuid>> &closedSinceFull)
{
    CfpStateChartData data;
    data.version = version;
    data.mismatch = CfpVersions::mismatch(inventory, version);
    data.differentialIsUpperBound = !closedSinceFull.has_value();
    // No disk-based pages or log: the bars are the memory-optimized filegroup's part only.
    CfpBackupInputs inputs;
    inputs.dataFilesClosedSinceFull = closedSinceFull;
    for (const CfpStateTotal &total : cfpStateTotals(inventory)) {
        CfpStateBar bar;
        bar.state = total.state;
        bar.name = stateDescription(total.state);
        bar.pairs = total.pairs;
        bar.dataUsedBytes = total.dataUsedBytes;
        bar.dataUnusedBytes = std::max<qint64>(0, total.dataBytes - total.dataUsedBytes);
        bar.deltaUsedBytes = total.deltaUsedBytes;
        bar.deltaUnusedBytes = std::max<qint64>(0, total.deltaBytes - total.deltaUsedBytes);
        bar.contribution = CfpVersions::contribution(total.state, version);
        bar.unsizedFiles = total.unsizedFiles;
        const CheckpointInventory files = filesIn(inventory, total.state);
        bar.fullBackupBytes = CfpEstimator::fullBackup(files, version, inputs).memoryOptimizedBytes();
        bar.differentialBytes = CfpEstimator::differentialBackup(files, version, inputs).memoryOptimizedBytes();
        data.bars.append(bar);
    }
    return data;
}

qint64 CfpStateChartData::value(const CfpStateBar &bar, CfpChartSegment segment)
{
    switch (segment) {
    case CfpChartSegment::DataUsed: return bar.dataUsedBytes;
    case CfpChartSegment::DataUnused: return bar.dataUnusedBytes;
    case CfpChartSegment::DeltaUsed: return bar.deltaUsedBytes;
    case CfpChartSegment::DeltaUnused: return bar.deltaUnusedBytes;
    case CfpChartSegment::FullBackup: return bar.fullBackupBytes;
    case CfpChartSegment::DifferentialBackup: return bar.differentialBytes;
    }
    return 0;
}

QString CfpStateChartData::segmentName(CfpChartSegment segment)
{
    switch (segment) {
    case CfpChartSegment::DataUsed: return tr("Data used");
    case CfpChartSegment::DataUnused: return tr("Data unused");
    case CfpChartSegment::DeltaUsed: return tr("Delta used");
    case CfpChartSegment::DeltaUnused: return tr("Delta unused");
    case CfpChartSegment::FullBackup: return tr("Full backup");
    case CfpChartSegment::DifferentialBackup: return tr("Differential");
    }
    return {};
}

QString CfpStateChartData::contributionText(CfpContribution contribution)
{
    switch (contribution) {
    case CfpContribution::MetadataOnly: return tr("metadata only");
    case CfpContribution::AllocatedBytes: return tr("allocated bytes");
    case CfpContribution::UsedBytes: return tr("used bytes");
    case CfpContribution::NotInVersion: return tr("not a state of this version");
    }
    return {};
}

QString CfpStateChartData::bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString CfpStateChartData::toolTip(int index, CfpChartSegment segment) const
{
    if (index < 0 || index >= bars.size())
        return {};
    const CfpStateBar &bar = bars.at(index);
    const qint64 bytes = value(bar, segment);
    const bool backup = segment == CfpChartSegment::FullBackup || segment == CfpChartSegment::DifferentialBackup;
    const QString what = backup ? tr("%1 copies").arg(segmentName(segment)) : segmentName(segment);
    QString text = tr("%1, %n pair(s)", nullptr, bar.pairs).arg(bar.name) + u'\n'
                   + tr("%1: %2 (%3 bytes)").arg(what, bytesText(bytes), QLocale().toString(bytes));
    if (segment == CfpChartSegment::DataUnused || segment == CfpChartSegment::DeltaUnused)
        text += u'\n' + tr("Allocated to the files (file_size_in_bytes) but not used (file_size_used_in_bytes)");
    if (backup) {
        if (bar.contribution == CfpContribution::NotInVersion)
            text += u'\n' + tr("SQL Server %1 has no state %2").arg(CfpVersions::toString(version), bar.name);
        else
            text += u'\n' + tr("Under SQL Server %1's rules a backup copies the %2 of each file in this state")
                                .arg(CfpVersions::toString(version), contributionText(bar.contribution));
        if (segment == CfpChartSegment::DifferentialBackup)
            text += u'\n' + (differentialIsUpperBound
                                 ? tr("Every data file counted (not known which closed since the last full backup): an upper bound")
                                 : tr("Only the data files closed since the last full backup, and every delta file"));
    }
    if (bar.unsizedFiles > 0)
        text += u'\n' + tr("%n file(s) without a size (NULL in the DMV) counted as 0 bytes", nullptr, bar.unsizedFiles);
    return text;
}

qint64 CfpStateChartData::maxBytes() const
{
    qint64 most = 0;
    for (const CfpStateBar &bar : bars)
        most = std::max({most, bar.dataUsedBytes + bar.dataUnusedBytes + bar.deltaUsedBytes + bar.deltaUnusedBytes,
                         bar.fullBackupBytes, bar.differentialBytes});
    return most;
}

qint64 CfpStateChartData::axisUnitBytes() const
{
    return maxBytes() >= 2 * GiB ? GiB : MiB;
}

QString CfpStateChartData::axisUnitName() const
{
    return axisUnitBytes() == GiB ? tr("GiB") : tr("MiB");
}

} // namespace rd
