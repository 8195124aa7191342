// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/timeline/backupdropghost.h"

namespace rd {

/// The verdict on a backup while its bar is dragged (issue 9, item 3): a red (error) or amber
/// (warning) outline round the bar's segments and the rule IDs of the current analysis' findings
/// about the backup beside it. The scene shows it after each re-analysis during the drag; it
/// holds no domain state beyond what it draws.
class DragVerdictItem : public QGraphicsItem
{
public:
    DragVerdictItem();

    /// `segments`: the bar's (scene); `rules`: "R-LOG-003, R-TAIL-001"; the tooltip lists the messages.
    void show(const QList<QRectF> &segments, BackupDropGhost::Verdict verdict, const QString &rules, const QString &toolTip);
    BackupDropGhost::Verdict verdict() const { return m_verdict; }
    QString rules() const { return m_rules; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QList<QRectF> m_segments;
    BackupDropGhost::Verdict m_verdict = BackupDropGhost::Verdict::Neutral;
    QString m_rules;
    QRectF m_labelRect;
    QRectF m_bounds;
};

} // namespace rd
