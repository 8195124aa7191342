// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/analysis/projectanalysis.h"

#include <QColor>
#include <QString>

class QFont;
class QPainter;
class QRectF;

/// How the timeline shows a backup's estimated memory-optimized share (issue 10: "backups that
/// include the memory-optimized filegroup show their estimated size on the timeline"): a short
/// badge on the memory-optimized filegroup's lane and a paragraph of the backup's tooltip. Both
/// read ProjectAnalysis::cfpEstimate (CfpEstimates, docs/cfp.md), never estimate anything.
namespace rd::CfpBadge {

/// The badge: "≈ 8.1 MB MOD"; "≤ 16 MB MOD" for an upper bound (a differential whose data files
/// closed since its base are not known), "≥ 8 MB MOD" for a lower bound (files of the snapshot
/// without the size the rule needs count as 0 bytes). Sizes as DesignerStyle::formatSize (binary).
QString text(const BackupCfpEstimate &estimate);
/// The tooltip's paragraph (rich text): the estimated memory-optimized pages and bytes, the CFP
/// snapshot estimated from (its time and source), the backup rules applied (the SQL Server
/// version), whether it is a bound and why, and that the disk-based pages and the log are not
/// included. Empty when `estimate.snapshot` is not a snapshot of analysis.project().
QString toolTip(const ProjectAnalysis &analysis, const BackupCfpEstimate &estimate);
/// "SQL Server 2014 CTP2", "SQL Server 2014", "SQL Server 2016 and later".
QString versionName(CfpVersion version);

/// The badge's colours for the palette set now: the memory-optimized filegroup's colour as the
/// outline, the canvas as the fill (it stands out on the lane's tint and on Trainer Mode's state
/// tints), and text in the filegroup's hue readable on it (DesignerStyle::accentTextOn, 4.5:1).
QColor outlineColor();
QColor fillColor();
QColor textColor();
/// The badge's width for `text` in `font` (its padding included).
qreal width(const QString &text, const QFont &font);
/// Paints the badge into `rect` (a rounded chip, text centred).
void paint(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font);

} // namespace rd::CfpBadge
