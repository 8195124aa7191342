// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/enums.h"
#include "model/domain/lsn.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGraphicsItem>

#include <array>

namespace rd {

/// A dense run of backups on one lane, drawn as one band when the zoom puts their bars closer
/// than a few pixels: the count is written on it, the tooltip says how many of each type and
/// from when to when. Zooming in far enough splits it into BackupItems (TimelineScene decides).
class BackupBandItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(rd::BackupBandItem)
public:
    /// What the band stands for: backups counted by type, the earliest start, the latest finish.
    struct Run
    {
        std::array<int, 7> countByType{}; ///< indexed by int(BackupType), Full … Log
        QDateTime from;
        QDateTime to;
        Lsn fromLsn; ///< on the LSN axis: the lowest and highest LSN of the run (null on the time axis)
        Lsn toLsn;
        int count() const;
        /// The type with the most backups in the run (its colour is the band's).
        BackupType mainType() const;
    };

    BackupBandItem();

    int lane() const { return m_lane; }
    const Run &run() const { return m_run; }
    /// `rect` in scene coordinates, on lane `lane`.
    void set(const QRectF &rect, int lane, const Run &run);
    /// "1,234 log backups, from … to …" (times, or LSNs on the LSN axis; rich text; the scene shows
    /// it on hover).
    QString toolTipText() const;

    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_rect;
    int m_lane = -1;
    Run m_run;
};

} // namespace rd
