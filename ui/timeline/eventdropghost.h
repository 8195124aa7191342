// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/timeline/backupdropghost.h"

namespace rd {

/// Where an event dragged from the palette would land (issue 9, item 3): a dashed line at its
/// time through the lanes, the lane it acts on shaded, its chip in the events strip, coloured by
/// the verdict (EditPreview of the drop's edit: red for an error it would add, amber for a
/// warning, the event's own colour otherwise; red with the reason when the drop is refused), with
/// the first finding or the reason written next to it. Only the scene places it.
class EventDropGhost : public QGraphicsItem
{
public:
    struct Look
    {
        qreal x = 0;       ///< scene x of the event's time
        qreal top = 0;     ///< the line runs from top to bottom (scene y)
        qreal bottom = 0;
        QRectF lane;       ///< the lane it acts on (scene), or empty
        QString chip;      ///< text of its chip, e.g. "imoltp_secondary → READ_ONLY"
        qreal chipY = 0;   ///< the chip's centre (scene y)
        QColor color;      ///< the event's colour (for a neutral verdict)
    };

    EventDropGhost();

    /// `label`: "" when neutral, else "R-RO-005: …" or the reason of a refusal (also in the tooltip).
    void show(const Look &look, BackupDropGhost::Verdict verdict, const QString &label, const QString &toolTip,
              bool refused);
    BackupDropGhost::Verdict verdict() const { return m_verdict; }
    QString label() const { return m_label; }
    /// The drop would be refused (nothing is added; label() says why).
    bool refused() const { return m_refused; }
    /// Scene x of the event's time.
    qreal x() const { return m_look.x; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QColor color() const;

    Look m_look;
    BackupDropGhost::Verdict m_verdict = BackupDropGhost::Verdict::Neutral;
    QString m_label;
    bool m_refused = false;
    QRectF m_chipRect;
    QRectF m_labelRect;
    QRectF m_bounds;
};

} // namespace rd
