// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QGraphicsItem>

namespace rd {

class LayoutScene;

/// One box of the filegroup layout: a filegroup with its files, or the log with its log files.
///
/// The item keeps only which filegroup it shows and its size; everything it paints (kind,
/// read-only flag, files, simulated state) is read from the document at paint time, so it can
/// never show stale data.
class FilegroupItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(rd::FilegroupItem)
public:
    /// `filegroup` empty = the transaction log box.
    explicit FilegroupItem(const QString &filegroup);

    QString filegroup() const { return m_filegroup; }
    bool isLog() const { return m_filegroup.isEmpty(); }
    void setSize(const QSizeF &size);

    /// The height a box needs for `fileCount` file rows.
    static qreal heightFor(int fileCount);
    static constexpr qreal HeaderHeight = 26;
    static constexpr qreal KindHeight = 18;
    static constexpr qreal RowHeight = 18;
    static constexpr qreal FooterHeight = 24;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    LayoutScene *layoutScene() const;
    void paintFooter(QPainter *painter, const QRectF &rect) const;

    QString m_filegroup;
    QSizeF m_size;
};

} // namespace rd
