// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TimelineScene: new backups dropped from the palette, with a ghost showing the verdict (issue 9,
// item 3). Kept apart from the scene's layout code: this part only previews and pushes edits.
#include "ui/timeline/timelinescene.h"

#include "model/analysis/editpreview.h"
#include "model/commands/backupkind.h"
#include "model/commands/editcommand.h"
#include "model/document/projectdocument.h"
#include "model/simulation/historyindex.h"
#include "ui/timeline/backupdropghost.h"
#include "ui/timeline/eventdropghost.h"
#include "ui/timeline/timeaxis.h"
#include "ui/viewstate.h"

namespace rd {

ProjectEdit TimelineScene::dropEdit(const BackupKind &kind, const QPointF &at) const
{
    const QDateTime start = TimeAxis::snapped(timeForX(at.x()), TimeAxis::snapStep(m_pixelsPerSecond));
    const int lane = laneAt(at.y());
    QStringList filegroups;
    if (lane >= 0 && !m_lanes[lane].filegroup.isEmpty())
        filegroups << m_lanes[lane].filegroup;
    return kind.newBackup(m_document->project(), start, filegroups);
}

void TimelineScene::previewDrop(const BackupKind &kind, const QPointF &at)
{
    if (!timeEditsAllowed()) // no time under the cursor on the LSN axis: no ghost
        return;
    const ProjectEdit edit = dropEdit(kind, at);
    // Most mouse moves land on the same snapped time and lane: the verdict is already shown.
    const QString key = QStringList{kind.key(), edit.backup.start.toString(Qt::ISODateWithMs), edit.backup.filegroups.join(u'/')}.join(u'|');
    if (m_ghost && key == m_ghostKey)
        return;
    m_ghostKey = key;
    const EditPreview preview = EditPreview::of(m_document->analysis(), m_viewState->currentPlan(), edit);
    const Backup &b = edit.backup;

    // The lanes the new backup would cover, as the layout computes them for a real bar: the
    // filegroups of its scope in the would-be history, and the log for logs, fulls and differentials.
    QList<int> lanes;
    const HistoryIndex &index = preview.analysis->index();
    const qsizetype k = index.backupIndex(b.id);
    const int logLane = int(m_lanes.size()) - 1;
    if (k >= 0 && !b.isLog())
        lanes = index.catalog().filegroupsOf(index.scope(k));
    if (b.isLog() || b.type == BackupType::Full || b.type == BackupType::Differential)
        lanes << logLane;
    const qreal left = xForTime(b.start);
    const qreal width = qMax(MinBarWidth, b.finish.isValid() ? xForTime(b.finish) - left : 0.0);
    QList<QRectF> bars;
    for (const int lane : std::as_const(lanes))
        if (lane >= 0 && lane < m_lanes.size())
            bars << QRectF(left, m_lanes[lane].top + 4, width, m_laneHeight - 8);

    const QList<Diagnostic> about = preview.addedAbout(b.id);
    auto verdict = BackupDropGhost::Verdict::Neutral;
    QString label, tip = tr("<b>%1</b> %2 at %3").arg(kind.name().toHtmlEscaped(), b.id.toHtmlEscaped(),
                                                      b.start.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (!about.isEmpty()) {
        const Diagnostic &first = about.first();
        verdict = first.severity == Severity::Error ? BackupDropGhost::Verdict::Error
                  : first.severity == Severity::Warning ? BackupDropGhost::Verdict::Warning
                                                        : BackupDropGhost::Verdict::Neutral;
        if (verdict != BackupDropGhost::Verdict::Neutral) {
            label = tr("%1: %2").arg(first.rule, first.message);
            tip += tr("<br><b>%1</b>: %2").arg(first.rule.toHtmlEscaped(), first.message.toHtmlEscaped());
        }
    }
    if (!m_ghost) {
        m_ghost = new BackupDropGhost;
        addItem(m_ghost);
    }
    m_ghost->show(bars, verdict, label, tip);
}

void TimelineScene::endDropPreview()
{
    delete m_ghost;
    m_ghost = nullptr;
    delete m_eventGhost; // an event's ghost (timelineevents.cpp)
    m_eventGhost = nullptr;
}

QString TimelineScene::dropBackup(const BackupKind &kind, const QPointF &at)
{
    endDropPreview();
    if (!timeEditsAllowed()) { // never a backup at a made-up time
        emit hint(timeEditRefusal());
        return {};
    }
    const ProjectEdit edit = dropEdit(kind, at);
    m_document->undoStack()->push(new EditCommand(m_document, -1, edit, tr("Add %1 backup %2").arg(kind.name(), edit.backup.id)));
    m_viewState->setSelectedBackup(edit.backup.id);
    return edit.backup.id;
}

} // namespace rd
