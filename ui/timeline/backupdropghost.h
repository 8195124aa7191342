// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QRectF>

namespace rd {

/// Where a backup dragged from the palette would land (issue 9, item 3): a dashed bar on each
/// lane it would cover, coloured by the verdict of the would-be document (EditPreview), with the
/// first finding it would add written next to it. Only the scene places it; it holds no domain
/// state beyond what it draws.
class BackupDropGhost : public QGraphicsItem
{
public:
    /// The verdict the ghost shows: the worst finding the drop would add about the new backup.
    enum class Verdict { Neutral, Warning, Error };

    BackupDropGhost();

    /// Bars in scene coordinates (one per lane covered), the verdict and its text: "" when
    /// neutral, else "R-MOD-001: …" (also the tooltip).
    void show(const QList<QRectF> &bars, Verdict verdict, const QString &label, const QString &toolTip);
    Verdict verdict() const { return m_verdict; }
    QString label() const { return m_label; }
    /// The colour of the verdict: red for an error, amber for a warning, grey-blue otherwise.
    static QColor colorOf(Verdict verdict);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QList<QRectF> m_bars;
    Verdict m_verdict = Verdict::Neutral;
    QString m_label;
    QRectF m_labelRect;
    QRectF m_bounds;
};

} // namespace rd
