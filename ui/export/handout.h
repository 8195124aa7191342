// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QImage>
#include <QString>

namespace rd {

class ProjectAnalysis;

/// The training handout of one plan (issue 9, item 7): the database layout, the timeline, the
/// plan's steps, the database's and each filegroup's state after every step (the simulation), the
/// findings, and the restore script. Names from the project are HTML-escaped.
namespace Handout {

/// The handout as HTML for QTextDocument. The timeline, when given to writePdf(), is the image
/// resource TimelineUrl.
QString html(const ProjectAnalysis &analysis, qsizetype plan, bool withTimeline);
/// The URL html() names the timeline image by.
inline QString timelineUrl()
{
    return QStringLiteral("rd-handout://timeline.png");
}
/// Writes the handout of plan `plan` as a PDF (A4 pages, atomically: the file is replaced only
/// when complete). `timeline` may be null (no image). False with *error naming the file and the
/// reason when it cannot be written.
bool writePdf(const ProjectAnalysis &analysis, qsizetype plan, const QImage &timeline, const QString &path,
              QString *error);

} // namespace Handout

} // namespace rd
