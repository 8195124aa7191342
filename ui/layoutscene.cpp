// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/layoutscene.h"

#include "model/document/projectdocument.h"
#include "ui/designerstyle.h"
#include "ui/filegroupitem.h"
#include "ui/viewstate.h"

#include <QGraphicsSimpleTextItem>

namespace rd {
namespace {
constexpr qreal MinBoxWidth = 158;
constexpr qreal MaxBoxWidth = 250;
constexpr qreal Gap = 12;
constexpr qreal Margin = 8;

QString filesTable(const QList<DataFile> &files)
{
    QString rows;
    for (const DataFile &f : files)
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=right>%3</td></tr>")
                    .arg(f.name.toHtmlEscaped(), f.path.toHtmlEscaped(), DesignerStyle::formatSize(f.sizeBytes));
    return QStringLiteral("<table cellspacing=0 cellpadding=2>%1</table>").arg(rows);
}
} // namespace

LayoutScene::LayoutScene(ProjectDocument *document, ViewState *viewState, QObject *parent)
    : QGraphicsScene(parent), m_document(document), m_viewState(viewState), m_title(new QGraphicsSimpleTextItem)
{
    addItem(m_title);
    connect(document, &ProjectDocument::changed, this, [this](const DocumentChange &change) {
        if (change.touches(ChangeKind::Layout))
            rebuild();
        else
            refreshToolTips();
        update();
    });
    auto repaint = [this] {
        refreshToolTips();
        update();
    };
    connect(viewState, &ViewState::currentPlanChanged, this, repaint);
    connect(viewState, &ViewState::currentStepChanged, this, repaint);
    connect(viewState, &ViewState::selectedFilegroupChanged, this, repaint);
    rebuild();
}

void LayoutScene::setAvailableWidth(qreal width)
{
    if (qFuzzyCompare(width, m_width))
        return;
    m_width = width;
    relayout();
}

FileState LayoutScene::filegroupState(const QString &filegroup) const
{
    const SimulationResult &sim = m_document->simulation(m_viewState->currentPlan());
    const int step = m_viewState->currentStep();
    return step >= 0 && step < sim.steps.size() ? sim.steps[step].filegroupState(filegroup)
                                                : sim.initial.filegroupState(filegroup);
}

QString LayoutScene::stateCaption() const
{
    const int step = m_viewState->currentStep();
    return step >= 0 ? tr("after step %1").arg(step + 1) : tr("before the restore");
}

FilegroupItem *LayoutScene::itemFor(const QString &filegroup) const
{
    for (FilegroupItem *item : m_items)
        if (item->filegroup().compare(filegroup, Qt::CaseInsensitive) == 0)
            return item;
    return nullptr;
}

void LayoutScene::rebuild()
{
    QStringList wanted;
    for (const Filegroup &fg : m_document->project().database.filegroups)
        wanted << fg.name;
    wanted << QString(); // the log box, last

    QList<FilegroupItem *> items;
    for (const QString &name : std::as_const(wanted)) {
        FilegroupItem *item = nullptr;
        for (FilegroupItem *existing : std::as_const(m_items))
            if (existing->filegroup() == name)
                item = existing;
        if (!item) {
            item = new FilegroupItem(name);
            addItem(item);
        }
        items << item;
    }
    for (FilegroupItem *old : std::as_const(m_items))
        if (!items.contains(old))
            delete old;
    m_items = items;
    relayout();
    refreshToolTips();
}

void LayoutScene::relayout()
{
    const Database &db = m_document->project().database;
    QFont titleFont = font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("Database %1  ·  %2 edition  ·  %3 recovery model")
                         .arg(db.name.isEmpty() ? tr("(unnamed)") : db.name, toString(db.edition),
                              toString(db.recoveryModel)));
    m_title->setPos(Margin, Margin);

    // As many boxes per row as fit at the minimum width, then widened to share the row.
    const qreal room = m_width - 2 * Margin + Gap;
    const int perRow = qBound(1, int(room / (MinBoxWidth + Gap)), qMax(1, int(m_items.size())));
    const qreal boxWidth = qBound(MinBoxWidth, room / perRow - Gap, MaxBoxWidth);
    qreal y = Margin + m_title->boundingRect().height() + 8;
    for (int first = 0; first < m_items.size(); first += perRow) {
        const int last = qMin(int(m_items.size()), first + perRow);
        int rows = 1;
        for (int i = first; i < last; ++i) {
            const Filegroup *fg = db.filegroup(m_items[i]->filegroup());
            rows = qMax(rows, int(m_items[i]->isLog() ? db.logFiles.size() : fg ? fg->files.size() : 0));
        }
        const qreal h = FilegroupItem::heightFor(rows);
        for (int i = first; i < last; ++i) {
            m_items[i]->setSize(QSizeF(boxWidth, h));
            m_items[i]->setPos(Margin + (i - first) * (boxWidth + Gap), y);
        }
        y += h + Gap;
    }
    y += Margin - Gap;
    // Exactly the view's width when the boxes fit, so no scroll bar appears for the items' pen margin.
    qreal right = 0;
    for (const FilegroupItem *item : std::as_const(m_items))
        right = qMax(right, item->pos().x() + item->boundingRect().right());
    setSceneRect(0, 0, qMax(m_width, right + Margin), y);
}

void LayoutScene::refreshToolTips()
{
    const Project &project = m_document->project();
    const QString caption = stateCaption();
    for (FilegroupItem *item : std::as_const(m_items)) {
        QString tip;
        if (item->isLog()) {
            tip = tr("<b>Transaction log</b><br>Rolled forward by RESTORE LOG; every log backup shows on the "
                     "timeline's log lane.<br>%1")
                      .arg(filesTable(project.database.logFiles));
            for (const TimelineEvent &e : project.events)
                if (e.kind == EventKind::Failure && e.logDamaged)
                    tip += tr("<br><font color=#c62f2f>Damaged by the failure at %1: no tail-log backup is possible."
                              "</font>")
                               .arg(DesignerStyle::formatTime(e.at));
        } else if (const Filegroup *fg = project.database.filegroup(item->filegroup())) {
            tip = tr("<b>%1</b> — %2 filegroup").arg(fg->name.toHtmlEscaped(), toString(fg->type));
            if (fg->isPrimary())
                tip += tr("<br>PRIMARY: holds the system tables; a piecemeal restore starts with it (PARTIAL).");
            if (fg->type == FilegroupType::MemoryOptimizedData)
                tip += tr("<br>Checkpoint containers of the memory-optimized tables: restored together with "
                          "PRIMARY in the first stage.");
            tip += fg->readOnly ? tr("<br>READ_ONLY at the start of the timeline")
                                : tr("<br>Read/write at the start of the timeline");
            tip += QStringLiteral("<br>") + filesTable(fg->files);
            tip += tr("State %1: <b>%2</b>").arg(caption, toString(filegroupState(fg->name)));
            tip += tr("<br><i>Double-click to rename; right-click for more.</i>");
        }
        item->setToolTip(tip);
    }
}

} // namespace rd
