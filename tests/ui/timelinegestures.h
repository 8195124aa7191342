// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared by the timeline's widget tests: the bundled sample, what a palette puts on a drag, the
// drag-and-drop events a drag sends the view, and screenshots to look at.
#include "ui/mainwindow.h"
#include "ui/timeline/timelinescene.h"
#include "ui/timeline/timelineview.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QGraphicsView>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>

namespace rd::test {

inline QString samplePath()
{
    return QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json");
}

/// The tests' own settings, empty: no recent files or window state from a user's session.
inline void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("restore-designer-tests"));
    QSettings().clear();
}

/// A main window on the sample, 1400×900, shown (the caller waits until it is exposed); null
/// when the sample cannot be opened.
inline MainWindow *openSampleWindow()
{
    auto *window = new MainWindow;
    if (!window->openFile(samplePath())) {
        delete window;
        return nullptr;
    }
    window->resize(1400, 900);
    window->show();
    return window;
}

inline TimelineView *timelineView(const MainWindow *window)
{
    return window->findChild<TimelineView *>(QStringLiteral("timelineView"));
}

/// What a palette (BackupPalette, EventPalette) puts on a drag of `key`, for the view's drag events.
template <class Palette>
QMimeData *paletteMime(const QString &key)
{
    Palette palette;
    for (int i = 0; i < palette.count(); ++i)
        if (palette.item(i)->data(Qt::UserRole).toString() == key)
            return palette.model()->mimeData({palette.model()->index(i, 0)});
    return nullptr;
}

/// Saves `widget` to $RD_SCREENSHOT_DIR/name.png when that is set (to look at the GUI).
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

/// The viewport point of `time` in the middle of lane `lane`.
inline QPoint lanePoint(const QGraphicsView *view, const TimelineScene *scene, const QDateTime &time, int lane)
{
    const TimelineScene::Lane &l = scene->lanes()[lane];
    return view->mapFromScene(QPointF(scene->xForTime(time), l.top + scene->laneHeight() / 2));
}

/// A drag entering `view` at `pos` and moving there: whether the view takes both (a drop would land).
inline bool dragOver(QGraphicsView *view, QMimeData *mime, const QPoint &pos)
{
    QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    return enter.isAccepted() && move.isAccepted();
}

/// The drop at `pos`: whether the view took it.
inline bool drop(QGraphicsView *view, QMimeData *mime, const QPoint &pos)
{
    QDropEvent event(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &event);
    return event.isAccepted();
}

} // namespace rd::test
