// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/simulation/states.h"

#include <QGraphicsScene>

class QGraphicsSimpleTextItem;

namespace rd {

class FilegroupItem;
class ProjectDocument;
class ViewState;

/// The database layout: one box per filegroup (and one for the log), laid out left to right
/// and wrapped to the view's width. The scene maps filegroup names to items and rebuilds them
/// from the document when the layout changes; it never holds layout data of its own.
class LayoutScene : public QGraphicsScene
{
    Q_OBJECT
public:
    LayoutScene(ProjectDocument *document, ViewState *viewState, QObject *parent = nullptr);

    ProjectDocument *document() const { return m_document; }
    ViewState *viewState() const { return m_viewState; }

    /// Wraps the boxes to this width (the view's viewport width).
    void setAvailableWidth(qreal width);
    /// The filegroup's simulated state after the selected step (before the first if none).
    FileState filegroupState(const QString &filegroup) const;
    /// "after step 2" / "before the restore", for the boxes' footers and tooltips.
    QString stateCaption() const;
    FilegroupItem *itemFor(const QString &filegroup) const; ///< "" = the log box

signals:
    void renameRequested(const QString &filegroup);

private:
    void rebuild();
    void relayout();
    void refreshToolTips();

    ProjectDocument *m_document;
    ViewState *m_viewState;
    QList<FilegroupItem *> m_items; ///< layout order, the log last
    QGraphicsSimpleTextItem *m_title;
    qreal m_width = 900;
};

} // namespace rd
