// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/simulationmodel.h"

#include "model/document/projectdocument.h"
#include "ui/designerstyle.h"
#include "ui/steptext.h"
#include "ui/viewstate.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace rd {
namespace {

/// The "file:page" of the pages a page restore left RESTORING in `filegroup`.
QStringList pagesRestoring(const StepState &s, const QString &filegroup)
{
    QStringList out;
    for (const RestoringPage &p : s.pagesRestoring)
        if (p.filegroup.compare(filegroup, Qt::CaseInsensitive) == 0)
            out << p.toString();
    return out;
}

/// A clock in the memory-optimized filegroup's colour: recovery spends time loading its data.
QIcon loadIcon()
{
    static const QIcon icon = [] {
        QIcon i;
        for (const int size : {16, 24, 32}) {
            QPixmap pm(size, size);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            const QColor color = DesignerStyle::filegroupColor(FilegroupType::MemoryOptimizedData);
            const qreal w = size / 10.0;
            const QRectF face = QRectF(0, 0, size, size).adjusted(w, w, -w, -w);
            p.setPen(QPen(color, w * 1.2));
            p.setBrush(Qt::white);
            p.drawEllipse(face);
            p.setPen(QPen(color, w * 1.2, Qt::SolidLine, Qt::RoundCap));
            const QPointF c = face.center();
            p.drawLine(c, c - QPointF(0, face.height() * 0.32));
            p.drawLine(c, c + QPointF(face.width() * 0.24, 0));
            p.end();
            i.addPixmap(pm);
        }
        return i;
    }();
    return icon;
}

} // namespace

SimulationModel::SimulationModel(ProjectDocument *document, ViewState *viewState, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_viewState(viewState)
{
    // Only what shows the current plan's analysis: another plan's edit leaves it as it is.
    connect(document, &ProjectDocument::changed, this, [this](const DocumentChange &change) {
        if (change.touchesHistory() || change.touchesPlan(m_viewState->currentPlan()))
            refresh();
    });
    connect(viewState, &ViewState::currentPlanChanged, this, &SimulationModel::refresh);
    connect(viewState, &ViewState::currentStepChanged, this, &SimulationModel::currentStepChanged);
    refresh();
}

const StepState &SimulationModel::stateAt(int column) const
{
    return column >= 1 && column <= m_result.steps.size() ? m_result.steps[column - 1] : m_result.initial;
}

void SimulationModel::refresh()
{
    const Project &project = m_document->project();
    const int plan = m_viewState->currentPlan();
    beginResetModel();
    m_result = m_document->simulation(plan);
    m_steps = plan >= 0 && plan < project.plans.size() ? project.plans[plan].steps : QList<PlanStep>();
    m_filegroups.clear();
    for (const Filegroup &fg : project.database.filegroups)
        m_filegroups.append({fg.name, fg.type});
    m_currentColumn = m_viewState->currentStep() + 1;
    endResetModel();
}

void SimulationModel::currentStepChanged()
{
    const int old = m_currentColumn;
    m_currentColumn = m_viewState->currentStep() + 1;
    for (const int c : {old, m_currentColumn}) {
        if (c < columnCount()) {
            emit dataChanged(index(0, c), index(rowCount() - 1, c));
            emit headerDataChanged(Qt::Horizontal, c, c);
        }
    }
}

int SimulationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_filegroups.size()) + 3;
}

QString SimulationModel::memoryOptimizedLoadText(int column, bool brief) const
{
    const auto &load = stateAt(column).memoryOptimizedLoad;
    if (column == 0 || !load)
        return {};
    const bool lowerBound = load->unsizedContainers > 0; // some containers have no size
    const QString size = DesignerStyle::formatSize(load->bytes);
    const QString time = MemoryOptimizedLoad::formatSeconds(load->seconds());
    const QString rate = DesignerStyle::formatSize(load->bytesPerSecond);
    if (brief) { // one line under the summary
        if (!load->sizeKnown())
            return tr("Recovery first loads the memory-optimized data of %1 into memory (size not stated).")
                .arg(load->filegroup);
        const QString amount = lowerBound ? tr("at least %1").arg(size) : size;
        const QString how = !load->timeKnown() ? tr("no load rate stated")
                            : lowerBound       ? tr("over %1 at %2/s").arg(time, rate)
                                               : tr("≈%1 at %2/s").arg(time, rate);
        return tr("Recovery first loads %1 of memory-optimized data into memory (%2).").arg(amount, how);
    }
    const QString where = load->containers == 1 ? tr("%1, 1 container").arg(load->filegroup)
                                                : tr("%1, %2 containers").arg(load->filegroup).arg(load->containers);
    if (!load->sizeKnown())
        return tr("Before the database is available, recovery loads the memory-optimized data (%1) into memory; "
                  "state the containers' sizes for an estimate.").arg(where);
    const QString text = (lowerBound ? tr("Before the database is available, recovery loads at least %1 of "
                                          "memory-optimized data (%2; %3 without a size) into memory")
                                           .arg(size, where).arg(load->unsizedContainers)
                                     : tr("Before the database is available, recovery loads %1 of memory-optimized data "
                                          "(%2) into memory").arg(size, where));
    if (load->timeKnown())
        return text + (lowerBound ? tr(": over %1 at %2/s.") : tr(": ≈%1 at %2/s.")).arg(time, rate);
    return text + tr("; with no load rate stated (environment: memoryOptimizedLoadBytesPerSecond) there is no time "
                     "estimate.");
}

int SimulationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.steps.size()) + 1;
}

QVariant SimulationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const StepState &s = stateAt(index.column());
    const int row = index.row();
    const int fgCount = int(m_filegroups.size());
    const bool databaseRow = row == 0;
    const bool filegroupRow = row >= 1 && row <= fgCount;
    const FileState fs = filegroupRow ? s.filegroupState(m_filegroups[row - 1].first) : FileState::Online;
    const DataAccess access = filegroupRow ? s.access.value(row - 1) : DataAccess::None;
    // R-MOD-004: the memory-optimized filegroup of a step whose recovery loads its data first.
    const bool loads = filegroupRow && s.memoryOptimizedLoad
                       && m_filegroups[row - 1].second == FilegroupType::MemoryOptimizedData;
    switch (role) {
    case Qt::DisplayRole:
        if (databaseRow)
            return s.database == DatabaseState::None ? tr("(does not exist)") : toString(s.database);
        if (filegroupRow) { // who can use the data now (docs/plan-format.md): only worth saying when someone can
            const QString text =
                access == DataAccess::None ? toString(fs) : tr("%1 · %2").arg(toString(fs), displayText(access));
            // A page restore: only the pages are offline, the filegroup keeps its state.
            const qsizetype pages = pagesRestoring(s, m_filegroups[row - 1].first).size();
            if (pages == 0)
                return text;
            return pages == 1 ? tr("%1 · 1 page restoring").arg(text) : tr("%1 · %2 pages restoring").arg(text).arg(pages);
        }
        if (row == fgCount + 1)
            return s.redoLsn.isNull() ? tr("—") : s.redoLsn.toString();
        if (!s.pointInTime.isValid())
            return tr("—");
        return s.pointInTimeIsStop ? tr("%1 (STOPAT)").arg(DesignerStyle::formatTime(s.pointInTime))
                                   : DesignerStyle::formatTime(s.pointInTime);
    case Qt::BackgroundRole:
        if (databaseRow)
            return DesignerStyle::databaseStateTint(s.database);
        if (filegroupRow)
            return DesignerStyle::fileStateTint(fs);
        break;
    case StateColorRole:
        if (databaseRow)
            return DesignerStyle::databaseStateColor(s.database);
        if (filegroupRow)
            return DesignerStyle::fileStateColor(fs);
        break;
    case Qt::ForegroundRole:
        if (databaseRow)
            return DesignerStyle::accentTextOn(DesignerStyle::databaseStateColor(s.database),
                                               DesignerStyle::databaseStateTint(s.database));
        if (filegroupRow)
            return DesignerStyle::accentTextOn(DesignerStyle::fileStateColor(fs), DesignerStyle::fileStateTint(fs));
        return DesignerStyle::textOn(DesignerStyle::canvasColor());
    case Qt::ToolTipRole: {
        const QString when = index.column() == 0 ? tr("Before the restore") : tr("After step %1").arg(index.column());
        // The memory-optimized load on the database and on its filegroup (R-MOD-004).
        const QString load = databaseRow || loads ? memoryOptimizedLoadText(index.column()) : QString();
        QString more = load.isEmpty() ? QString()
                                      : QStringLiteral("\n") + load + u' '
                                            + tr("The active log redone on top, fewer containers or cores, and low "
                                                 "hash-index bucket counts make it longer (R-MOD-004).");
        if (databaseRow)
            return tr("%1: the database is %2").arg(when, toString(s.database)) + more;
        if (const QStringList pages = filegroupRow ? pagesRestoring(s, m_filegroups[row - 1].first) : QStringList();
            !pages.isEmpty())
            more += QStringLiteral("\n")
                + tr("Pages restoring (page restore; only they are offline): %1.").arg(pages.join(QStringLiteral(", ")));
        if (filegroupRow)
            return tr("%1: filegroup %2 is %3 (the worst state of its files); its data is %4")
                       .arg(when, m_filegroups[row - 1].first, toString(fs),
                            access == DataAccess::None ? tr("neither readable nor writable")
                            : access == DataAccess::ReadOnly ? tr("readable, not writable") : tr("readable and writable"))
                + more;
        if (row == fgCount + 1)
            return tr("%1: roll-forward stands at LSN %2 (the redo start LSN of the restoring files, or the LSN "
                      "recovered to)")
                .arg(when, s.redoLsn.toString());
        return tr("%1: the restored data has reached %2").arg(when, DesignerStyle::formatTime(s.pointInTime));
    }
    case IsCurrentColumnRole:
        return index.column() == m_currentColumn;
    default:
        break;
    }
    return {};
}

QVariant SimulationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        const bool before = section == 0;
        const PlanStep *step = !before && section - 1 < m_steps.size() ? &m_steps[section - 1] : nullptr;
        if (role == Qt::DisplayRole) {
            if (before)
                return tr("Before\nthe restore");
            if (stateAt(section).outcome.refused())
                return tr("Step %1 refused\n(%2)").arg(section).arg(stateAt(section).outcome.refusedBy);
            return step ? tr("After step %1\n%2").arg(section).arg(step->backup.isEmpty() ? StepText::statement(*step)
                                                                                         : step->backup)
                        : tr("After step %1").arg(section);
        }
        const QString load = before ? QString() : memoryOptimizedLoadText(section); // R-MOD-004
        if (role == Qt::DecorationRole && !load.isEmpty())
            return loadIcon();
        if (role == Qt::ToolTipRole) {
            if (before)
                return tr("The states before the first step: what the failure left");
            const QString summary = step ? StepText::summary(*step) : QString();
            return load.isEmpty() ? QVariant(summary) : QVariant(summary + QStringLiteral("\n") + load);
        }
        if (role == Qt::FontRole && section == m_currentColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    const int fgCount = int(m_filegroups.size());
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return tr("Database");
        if (section <= fgCount)
            return m_filegroups[section - 1].first;
        return section == fgCount + 1 ? tr("Redo LSN") : tr("Point in time");
    }
    if (role == Qt::DecorationRole && section >= 1 && section <= fgCount)
        return DesignerStyle::filegroupIcon(m_filegroups[section - 1].second);
    if (role == Qt::ToolTipRole && section >= 1 && section <= fgCount)
        return tr("Filegroup %1").arg(m_filegroups[section - 1].first);
    return {};
}

} // namespace rd
