// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QGraphicsView>

namespace rd {

class DesignerActions;
class LayoutScene;

/// Shows the LayoutScene top-left aligned, wraps it to its width and offers the filegroup
/// actions in a context menu (on the box under the cursor, which it selects first).
class LayoutView : public QGraphicsView
{
    Q_OBJECT
public:
    LayoutView(LayoutScene *scene, DesignerActions *actions, QWidget *parent = nullptr);

protected:
    bool viewportEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    LayoutScene *m_scene;
    DesignerActions *m_actions;
};

} // namespace rd
