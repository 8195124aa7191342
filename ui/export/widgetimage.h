// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QWidget;

namespace rd {

/// A view exported as it shows (the timeline at its zoom and scroll, the plan's table): PNG by
/// grabbing its pixels, SVG by painting it into QSvgGenerator (vector text and shapes). Both write
/// atomically (AtomicWrite). False with *error naming the file and the reason when it cannot be written.
namespace WidgetImage {

bool savePng(QWidget *widget, const QString &path, QString *error);
bool saveSvg(QWidget *widget, const QString &path, const QString &title, QString *error);
/// savePng or saveSvg by the path's suffix (.svg: SVG; anything else: PNG).
bool save(QWidget *widget, const QString &path, const QString &title, QString *error);

} // namespace WidgetImage

} // namespace rd
