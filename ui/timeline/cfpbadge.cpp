// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/timeline/cfpbadge.h"

#include "ui/designerstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace rd::CfpBadge {
namespace {
/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CfpBadge)
};

constexpr qreal Padding = 5; ///< left and right of the text, inside the outline

/// A lower bound: files counted as 0 bytes because the snapshot lacks the size the rule needs.
/// When the estimate is also an upper bound (every data file counted), it is neither.
QString boundSign(const BackupCfpEstimate &e)
{
    const bool lower = e.size.unsizedFiles > 0;
    if (e.upperBound && !lower)
        return Tr::tr("≤");
    if (lower && !e.upperBound)
        return Tr::tr("≥");
    return Tr::tr("≈");
}

QString size(qint64 bytes)
{
    return bytes > 0 ? DesignerStyle::formatSize(bytes) : Tr::tr("0 bytes");
}
} // namespace

QString text(const BackupCfpEstimate &estimate)
{
    //: The short label of a backup's estimated memory-optimized data on the timeline; MOD = memory-optimized data.
    return Tr::tr("%1 %2 MOD").arg(boundSign(estimate), size(estimate.size.memoryOptimizedBytes()));
}

QString versionName(CfpVersion version)
{
    switch (version) {
    case CfpVersion::SqlServer2014Ctp2: return Tr::tr("SQL Server 2014 CTP2");
    case CfpVersion::SqlServer2014: return Tr::tr("SQL Server 2014");
    case CfpVersion::SqlServer2016: return Tr::tr("SQL Server 2016 and later");
    }
    return {};
}

QString toolTip(const ProjectAnalysis &analysis, const BackupCfpEstimate &estimate)
{
    const Project &project = analysis.project();
    if (estimate.snapshot < 0 || estimate.snapshot >= project.cfpSnapshots.size())
        return {};
    const CfpSnapshot &snapshot = project.cfpSnapshots[estimate.snapshot];
    const Filegroup *mod = project.database.memoryOptimizedFilegroup();
    const QString filegroup = mod ? mod->name.toHtmlEscaped() : Tr::tr("the memory-optimized filegroup");
    const QLocale locale;
    const qint64 pages = estimate.size.memoryOptimizedPages;
    QString tip = Tr::tr("<b>Estimated memory-optimized data: %1</b> of %2 (%3 pages of 8 KB, %4 bytes), "
                         "from the CFP snapshot of %5")
                      .arg(boundSign(estimate) + u' ' + size(estimate.size.memoryOptimizedBytes()), filegroup,
                           locale.toString(pages), locale.toString(estimate.size.memoryOptimizedBytes()),
                           DesignerStyle::formatTime(snapshot.at));
    if (!snapshot.source.isEmpty())
        tip += Tr::tr(" (%1)").arg(snapshot.source.toHtmlEscaped());
    tip += Tr::tr(", under the backup rules of %1.").arg(versionName(estimate.version));
    if (estimate.upperBound)
        tip += Tr::tr("<br>An upper bound: no CFP snapshot between its base full backup and it says which data files "
                      "closed since, so every data file is counted.");
    if (estimate.size.unsizedFiles > 0)
        tip += Tr::tr("<br>%n file(s) of the snapshot lack the size the rule needs and count as 0 bytes: "
                      "a lower bound.", nullptr, estimate.size.unsizedFiles);
    tip += Tr::tr("<br><i>The disk-based filegroups' pages and the log the backup also holds are not included "
                  "(a CFP snapshot says nothing of them).</i><br>");
    return tip;
}

QColor outlineColor()
{
    return DesignerStyle::readable(DesignerStyle::filegroupColor(FilegroupType::MemoryOptimizedData), fillColor(),
                                   DesignerStyle::MinimumMarkContrast);
}

QColor fillColor()
{
    return DesignerStyle::canvasColor();
}

QColor textColor()
{
    return DesignerStyle::accentTextOn(DesignerStyle::filegroupColor(FilegroupType::MemoryOptimizedData), fillColor());
}

qreal width(const QString &text, const QFont &font)
{
    return QFontMetricsF(font).horizontalAdvance(text) + 2 * Padding;
}

void paint(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font)
{
    painter->setPen(QPen(outlineColor(), 1.2));
    painter->setBrush(fillColor());
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), rect.height() / 2, rect.height() / 2);
    painter->setFont(font);
    painter->setPen(textColor());
    painter->drawText(rect, Qt::AlignCenter, text);
}

} // namespace rd::CfpBadge
