// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

class QAction;
class QWidget;

/// Export of a plan chart (time to online, backup sizes) as PNG or SVG: the chart as it shows,
/// through WidgetImage. Shared by the Charts dock's charts; the file dialog is the only part a
/// test cannot drive, so the writing itself is exportTo().
namespace rd::PlanChartsExport {

/// Adds "Export as PNG…" and "Export as SVG…" to `chart`'s context menu (also opened with the
/// Menu key when it has focus) and returns them, for a button's menu. `title` names
/// the image (the SVG's title), `baseName` is the file name offered.
QList<QAction *> install(QWidget *chart, const QString &title, const QString &baseName);

/// Writes `chart` to `path`: SVG for a .svg suffix, PNG otherwise. False with *error naming the
/// file and the reason when it cannot be written.
bool exportTo(QWidget *chart, const QString &path, const QString &title, QString *error);

} // namespace rd::PlanChartsExport
