// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QTimer;
class QWidget;

namespace rd {

/// Where a test driving the real designer with pointer events should point (the end-to-end test,
/// docs/end-to-end-test.md). Only when the environment variable RD_GEOMETRY_REPORT names a file:
/// the designer then writes there, as JSON and whenever it changes (checked every 100 ms, written
/// whole with QSaveFile), the global screen rectangles [x, y, width, height] of
/// - "window": the main window, with "winId" (its native window id, the X window under xcb),
///   "active" (whether it has the keyboard focus) and "modified" (unsaved changes);
/// - "tabs": each visible dock tab by its text ("Backups", "Plan", …);
/// - "palette": the Backups palette, "visible", and its "items" by BackupKind::key() ("log", …);
/// - "timeline": the timeline's viewport.
/// Rectangles of hidden widgets are absent. The designer behaves the same otherwise.
class GeometryReport : public QObject
{
    Q_OBJECT
public:
    /// Starts reporting on `window` when RD_GEOMETRY_REPORT is set (the report is then a child of
    /// `window`); does nothing otherwise.
    static void startIfAsked(QWidget *window);

private:
    GeometryReport(QWidget *window, const QString &path);
    QByteArray report() const;
    void writeIfChanged();

    QWidget *m_window;
    QString m_path;
    QByteArray m_written;
    QTimer *m_timer;
};

} // namespace rd
