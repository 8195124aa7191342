// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/timeline/timelinereveal.h"

#include "model/document/projectdocument.h"
#include "ui/timeline/timelinescene.h"
#include "ui/timeline/timelineview.h"

#include <QScrollBar>

namespace rd::TimelineReveal {

void showBackup(TimelineView *view, const QString &id)
{
    auto *scene = qobject_cast<TimelineScene *>(view->scene());
    if (!scene)
        return;
    const Backup *b = scene->document()->analysis().effectiveBackup(id); // derived LSNs for the LSN axis
    if (!b)
        return;
    const QDateTime end = b->finish.isValid() ? b->finish : b->start;
    const qreal left = scene->xForTime(scene->axisTime(b->start, b->firstLsn));
    const qreal right = scene->xForTime(scene->axisTime(end, b->lastLsn));
    // A margin of a fifth of the view on each side, so the bar's neighbours show too.
    const qreal margin = view->viewport()->width() / 5.0;
    const qreal width = view->viewport()->width();
    QScrollBar *bar = view->horizontalScrollBar();
    const qreal shownLeft = view->mapToScene(0, 0).x();
    if (left - margin < shownLeft || right + margin > shownLeft + width)
        bar->setValue(bar->value() + int(std::lround(left - margin - shownLeft)));
}

} // namespace rd::TimelineReveal
