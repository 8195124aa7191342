#include "ui/simulationmodel.h"

#include "model/document/projectdocument.h"
#include "ui/designerstyle.h"
#include "ui/steptext.h"
#include "ui/viewstate.h"

#include <QFont>

namespace rd {

SimulationModel::SimulationModel(ProjectDocument *document, ViewState *viewState, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_viewState(viewState)
{
    connect(document, &ProjectDocument::changed, this, &SimulationModel::refresh);
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
    switch (role) {
    case Qt::DisplayRole:
        if (databaseRow)
            return s.database == DatabaseState::None ? tr("(does not exist)") : toString(s.database);
        if (filegroupRow) // who can use the data now (state-model §4): only worth saying when someone can
            return access == DataAccess::None ? toString(fs) : tr("%1 · %2").arg(toString(fs), toString(access));
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
            return DesignerStyle::databaseStateColor(s.database).darker(170);
        if (filegroupRow)
            return DesignerStyle::fileStateColor(fs).darker(170);
        return QColor(0x30, 0x30, 0x30);
    case Qt::ToolTipRole: {
        const QString when = index.column() == 0 ? tr("Before the restore") : tr("After step %1").arg(index.column());
        if (databaseRow)
            return tr("%1: the database is %2").arg(when, toString(s.database));
        if (filegroupRow)
            return tr("%1: filegroup %2 is %3 (the worst state of its files); its data is %4")
                .arg(when, m_filegroups[row - 1].first, toString(fs),
                     access == DataAccess::None ? tr("neither readable nor writable")
                     : access == DataAccess::ReadOnly ? tr("readable, not writable") : tr("readable and writable"));
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
            return step ? tr("After step %1\n%2").arg(section).arg(step->backup.isEmpty() ? StepText::statement(*step)
                                                                                         : step->backup)
                        : tr("After step %1").arg(section);
        }
        if (role == Qt::ToolTipRole)
            return before ? tr("The states before the first step: what the failure left")
                          : step ? StepText::summary(*step) : QVariant();
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
