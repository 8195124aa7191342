// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/cfp/cfpversion.h"
#include "model/domain/checkpointfile.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QUuid>

#include <optional>

namespace rd {

/// One category of the CFP state chart: the checkpoint file pairs of one state, their bytes, and
/// what a full and a differential backup copy of them under one version's rules. Bytes throughout.
struct CfpStateBar
{
    CheckpointFileState state = CheckpointFileState::Precreated;
    QString name;               ///< the DMV's state_desc (2016+ spelling; 2014-only states by their 2014 names)
    int pairs = 0;              ///< data files in the state
    qint64 dataUsedBytes = 0;   ///< file_size_used_in_bytes of the data files
    qint64 dataUnusedBytes = 0; ///< allocated but unused: file_size_in_bytes − used (never below 0)
    qint64 deltaUsedBytes = 0;
    qint64 deltaUnusedBytes = 0;
    /// What a full backup copies of each file in the state (CfpVersions::contribution);
    /// NotInVersion when the chosen version has no such state.
    CfpContribution contribution = CfpContribution::MetadataOnly;
    qint64 fullBackupBytes = 0;   ///< what a full backup copies of the state's files: whole 8 KB pages × 8,192
    qint64 differentialBytes = 0; ///< the same for a differential (docs/cfp.md §3)
    int unsizedFiles = 0;         ///< files whose size is NULL (2014, states 5–7): counted as 0

    bool operator==(const CfpStateBar &) const = default;
};

/// The parts a bar of the chart is made of: the four stacked parts of a state's files, and the
/// two bars of what the backups copy.
enum class CfpChartSegment { DataUsed, DataUnused, DeltaUsed, DeltaUnused, FullBackup, DifferentialBackup };

/// What the CFP state chart shows, computed without drawing anything (the widget, CfpStateChart,
/// only draws this): one bar per state that has pairs, in the order of the DMV's state codes
/// (cfpStateTotals), and the backups' share of each under `version`'s rules (docs/cfp.md,
/// "What a full backup copies"). The backups' bytes come from CfpEstimator, state by state, so the
/// bars add up to the estimator's memory-optimized part exactly.
class CfpStateChartData
{
    Q_DECLARE_TR_FUNCTIONS(rd::CfpStateChartData)
public:
    CfpVersion version = CfpVersion::SqlServer2016;
    QList<CfpStateBar> bars;
    /// Why the inventory cannot be estimated under `version` (CfpVersions::mismatch), or empty.
    QString mismatch;
    /// True when it is not known which data files were closed since the last full backup (an
    /// imported snapshot): the differential then takes every data file the full takes, an upper bound.
    bool differentialIsUpperBound = true;

    /// `closedSinceFull`: the data files closed after the last full backup (CfpSimulation), when known.
    static CfpStateChartData build(const CheckpointInventory &inventory, CfpVersion version,
                                   const std::optional<QSet<QUuid>> &closedSinceFull = std::nullopt);

    /// The bytes of `segment` in `bar`.
    static qint64 value(const CfpStateBar &bar, CfpChartSegment segment);
    /// The legend's name of a segment ("Data used", "Data unused" (allocated, not used), "Full backup" …).
    static QString segmentName(CfpChartSegment segment);
    /// What a full backup copies of a file under a contribution: "used bytes", "metadata only" …
    static QString contributionText(CfpContribution contribution);
    /// "15.0 MiB", "512 KiB", "0 bytes": binary units, as the axis counts them.
    static QString bytesText(qint64 bytes);
    /// The hover text of `segment` in bar `index`: the state, the segment, its bytes with units
    /// and the pairs (and, for a backup bar, the rule it follows).
    QString toolTip(int index, CfpChartSegment segment) const;

    /// The unit of the value axis: MiB, or GiB when the tallest bar reaches 2 GiB.
    qint64 axisUnitBytes() const;
    QString axisUnitName() const;
    /// The tallest bar in bytes (the stacked files, or a backup bar).
    qint64 maxBytes() const;
};

} // namespace rd
