// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TimelineView's drag and drop: backup and event kinds dragged from the palettes (the ghost while
// over the timeline, one undoable edit on the drop; refused on the LSN axis).
#include "ui/timeline/timelineview.h"

#include "model/commands/backupkind.h"
#include "model/commands/paletteevent.h"
#include "ui/designermime.h"
#include "ui/timeline/eventdropghost.h"
#include "ui/timeline/timelinescene.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QToolTip>

namespace rd {

namespace {
/// The palette's kind a drag carries, if it carries one.
std::optional<BackupKind> draggedKind(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(DesignerMime::backupKind()))
        return std::nullopt;
    return BackupKind::fromKey(QString::fromUtf8(mime->data(DesignerMime::backupKind())));
}
/// The event palette's kind a drag carries, if it carries one.
std::optional<PaletteEvent> draggedEvent(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(DesignerMime::eventKind()))
        return std::nullopt;
    return PaletteEvent::fromKey(QString::fromUtf8(mime->data(DesignerMime::eventKind())));
}
} // namespace

void TimelineView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!draggedKind(event->mimeData()) && !draggedEvent(event->mimeData())) {
        event->ignore();
        return;
    }
    if (!m_scene->timeEditsAllowed()) { // a drop sets a time: refused on the LSN axis, and said why
        QToolTip::showText(mapToGlobal(event->position().toPoint()), TimelineScene::timeEditRefusal(), this);
        emit m_scene->hint(TimelineScene::timeEditRefusal());
        event->ignore();
        return;
    }
    // Accepted even where the drop would be refused: the moves keep coming (the ghost says why, and
    // moves on to where it would land), and so does the leave that removes the ghost.
    dragMoveEvent(event);
    event->acceptProposedAction();
}

void TimelineView::dragMoveEvent(QDragMoveEvent *event)
{
    const QPointF at = mapToScene(event->position().toPoint());
    if (const std::optional<PaletteEvent> kind = draggedEvent(event->mimeData())) {
        m_scene->previewEventDrop(*kind, at);
        // Refused here: the ghost says why, and the cursor that nothing lands.
        if (m_scene->eventDropGhost() && m_scene->eventDropGhost()->refused())
            event->ignore();
        else
            event->acceptProposedAction();
        return;
    }
    const std::optional<BackupKind> kind = draggedKind(event->mimeData());
    if (!kind) {
        event->ignore();
        return;
    }
    m_scene->previewDrop(*kind, at);
    event->acceptProposedAction();
}

void TimelineView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_scene->endDropPreview();
    event->accept();
}

void TimelineView::dropEvent(QDropEvent *event)
{
    if (const std::optional<PaletteEvent> kind = draggedEvent(event->mimeData())) {
        QString refusal;
        if (m_scene->dropTimelineEvent(*kind, mapToScene(event->position().toPoint()), &refusal)) {
            event->acceptProposedAction();
            setFocus();
        } else {
            QToolTip::showText(viewport()->mapToGlobal(event->position().toPoint()), refusal, viewport());
            event->ignore();
        }
        return;
    }
    const std::optional<BackupKind> kind = draggedKind(event->mimeData());
    if (!kind) {
        m_scene->endDropPreview();
        event->ignore();
        return;
    }
    m_scene->dropBackup(*kind, mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
    setFocus();
}

} // namespace rd
