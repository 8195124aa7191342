// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/layoutview.h"

#include "ui/designeractions.h"
#include "ui/filegroupitem.h"
#include "ui/layoutscene.h"
#include "ui/viewstate.h"

#include <QContextMenuEvent>
#include <QMenu>

namespace rd {

LayoutView::LayoutView(LayoutScene *scene, DesignerActions *actions, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene), m_actions(actions)
{
    setObjectName(QStringLiteral("layoutView"));
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setBackgroundBrush(palette().base());
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the boxes wrap to the width instead
    setToolTip(tr("The database layout: each filegroup with its files, coloured by kind (ROWS blue, FILESTREAM "
                  "teal, MEMORY_OPTIMIZED_DATA purple, log brown); hatched with a lock = read-only; "
                  "star = PRIMARY. The pill shows the simulated state after the selected plan step."));
    connect(scene, &LayoutScene::renameRequested, actions, &DesignerActions::renameFilegroup);
}

bool LayoutView::viewportEvent(QEvent *event)
{
    // The viewport, not the view: its width changes when the vertical scroll bar comes and goes.
    if (event->type() == QEvent::Resize)
        m_scene->setAvailableWidth(viewport()->width());
    return QGraphicsView::viewportEvent(event);
}

void LayoutView::mousePressEvent(QMouseEvent *event)
{
    if (!itemAt(event->pos()))
        m_scene->viewState()->setSelectedFilegroup({});
    QGraphicsView::mousePressEvent(event);
}

void LayoutView::contextMenuEvent(QContextMenuEvent *event)
{
    QGraphicsItem *item = itemAt(event->pos());
    while (item && !dynamic_cast<FilegroupItem *>(item))
        item = item->parentItem();
    auto *box = dynamic_cast<FilegroupItem *>(item);
    if (box && !box->isLog())
        m_scene->viewState()->setSelectedFilegroup(box->filegroup());
    else
        m_scene->viewState()->setSelectedFilegroup({});

    QMenu menu(this);
    if (box && !box->isLog()) {
        menu.addAction(m_actions->renameFilegroupAction());
        menu.addAction(m_actions->readOnlyAction());
        menu.addAction(m_actions->removeFilegroupAction());
        menu.addSeparator();
    }
    menu.addAction(m_actions->addFilegroupAction());
    menu.exec(event->globalPos());
}

} // namespace rd
