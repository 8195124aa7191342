// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/timeline/backupbanditem.h"

#include "ui/designerstyle.h"
#include "ui/timeline/backupitem.h"
#include "ui/timeline/timelinescene.h"

#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <numeric>

namespace rd {

int BackupBandItem::Run::count() const
{
    return std::accumulate(countByType.begin(), countByType.end(), 0);
}

BackupType BackupBandItem::Run::mainType() const
{
    return BackupType(std::max_element(countByType.begin(), countByType.end()) - countByType.begin());
}

BackupBandItem::BackupBandItem()
{
    setZValue(-1); // under the backups kept as bars (the selected one, the plan's)
    setFlag(ItemUsesExtendedStyleOption); // paint() reads the exposed rect
    setAcceptedMouseButtons(Qt::LeftButton | Qt::RightButton);
}

void BackupBandItem::set(const QRectF &rect, int lane, const Run &run)
{
    prepareGeometryChange();
    m_rect = rect;
    m_lane = lane;
    m_run = run;
}

QString BackupBandItem::toolTipText() const
{
    const QLocale locale;
    QStringList kinds;
    for (int t = 0; t < int(m_run.countByType.size()); ++t)
        if (m_run.countByType[size_t(t)] > 0)
            kinds << tr("%1 %2").arg(locale.toString(m_run.countByType[size_t(t)]), toString(BackupType(t)));
    const int count = m_run.count();
    QString tip = kinds.size() == 1 ? tr("<b>%1 %2 backups</b>").arg(locale.toString(count), toString(m_run.mainType()))
                                    : tr("<b>%1 backups</b> (%2)").arg(locale.toString(count), kinds.join(QStringLiteral(", ")));
    if (!m_run.fromLsn.isNull())
        tip += tr("<br>from LSN %1 to LSN %2").arg(m_run.fromLsn.toString(), m_run.toLsn.toString());
    else
        tip += tr("<br>from %1 to %2").arg(DesignerStyle::formatTime(m_run.from), DesignerStyle::formatTime(m_run.to));
    tip += tr("<br><i>Too dense to draw one by one at this zoom: double-click it, or zoom in (Ctrl+wheel, Ctrl++), to see each backup.</i>");
    return tip;
}

void BackupBandItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // A band never holds one of the current plan's backups (they stay bars): when the plan
    // dims the backups it leaves out, the band is dimmed with them.
    if (const auto *timeline = qobject_cast<const TimelineScene *>(scene()); timeline && timeline->dimsUnusedBackups())
        p->setOpacity(BackupItem::DimmedOpacity);
    const QColor color = DesignerStyle::backupColor(m_run.mainType());
    QColor fill = color;
    fill.setAlpha(110);
    p->setPen(QPen(color.darker(130), 1));
    p->setBrush(fill);
    p->drawRect(m_rect.adjusted(0.5, 0.5, -0.5, -0.5));
    // The count, where it fits: the band says how many backups it stands for. Centred on the part
    // shown (the view repaints all of itself), so that a band wider than the view shows it too.
    const QRectF shown = m_rect.intersected(option->exposedRect);
    const QString text = QLocale().toString(m_run.count());
    const QFontMetricsF fm(p->font());
    if (fm.horizontalAdvance(text) + 6 <= shown.width() && fm.height() <= shown.height()) {
        p->setPen(QColor(0x1a, 0x1a, 0x1a));
        p->drawText(shown, Qt::AlignCenter, text);
    }
}

} // namespace rd
