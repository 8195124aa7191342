// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/planstepmodel.h"

#include "model/commands/editcommand.h"
#include "model/document/projectdocument.h"
#include "model/domain/plansteps.h"
#include "ui/designermime.h"
#include "ui/designerstyle.h"
#include "ui/steptext.h"
#include "ui/viewstate.h"

#include <QFont>
#include <QMimeData>

namespace rd {

PlanStepModel::PlanStepModel(ProjectDocument *document, ViewState *viewState, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_viewState(viewState)
{
    // Only what shows the current plan's analysis: another plan's edit leaves it as it is.
    connect(document, &ProjectDocument::changed, this, [this](const DocumentChange &change) {
        // The CFP snapshots change the memory needed and the time of the loading step.
        if (change.touchesHistory() || change.touchesPlan(m_viewState->currentPlan())
            || change.touches(ChangeKind::CfpSnapshots))
            refresh();
    });
    connect(viewState, &ViewState::currentPlanChanged, this, &PlanStepModel::refresh);
    refresh();
}

void PlanStepModel::refresh()
{
    const Project &project = m_document->project();
    const int plan = m_viewState->currentPlan();
    const QList<PlanStep> steps = plan >= 0 && plan < project.plans.size() ? project.plans[plan].steps : QList<PlanStep>();
    QList<QList<Diagnostic>> findings(steps.size());
    for (const Diagnostic &d : m_document->diagnostics(plan))
        if (d.step >= 0 && d.step < findings.size())
            findings[d.step] << d;
    // What the plan costs, read from the analysis (PlanEstimate), in words.
    const ProjectAnalysis &analysis = m_document->analysis();
    QStringList seconds(steps.size()), secondsTips(steps.size());
    for (const StepDuration &d : analysis.planEstimate(plan).duration.steps)
        if (d.step >= 0 && d.step < steps.size()) {
            seconds[d.step] = PlanEstimateText::stepSeconds(d);
            secondsTips[d.step] = PlanEstimateText::stepToolTip(analysis, plan, d);
        }
    m_memory = PlanEstimateText::memoryNote(analysis, plan);
    m_online = PlanEstimateText::onlineSummary(analysis, plan);
    m_seconds = seconds;
    m_secondsTips = secondsTips;

    if (steps.size() == m_steps.size()) {
        m_steps = steps;
        m_findings = findings;
        if (!m_steps.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_steps.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_steps = steps;
    m_findings = findings;
    endResetModel();
}

int PlanStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int PlanStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlanStep &step = m_steps[index.row()];
    const QList<Diagnostic> &findings = m_findings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return index.row() + 1;
        case StatementColumn: return StepText::statement(step);
        case BackupColumn: return step.backup.isEmpty() ? tr("—") : step.backup;
        case TargetsColumn: return StepText::compactTargets(step);
        case TimeColumn: return m_seconds.value(index.row());
        case OptionsColumn: return StepText::options(step);
        }
        break;
    case MemoryNoteRole:
        return m_memory.step == index.row() ? QVariant(m_memory.text) : QVariant();
    case MemoryWarningRole:
        return m_memory.step == index.row() ? QVariant(m_memory.warning) : QVariant();
    case Qt::DecorationRole:
        if (index.column() == NumberColumn && !findings.isEmpty()) {
            Severity worst = Severity::Info;
            for (const Diagnostic &d : findings)
                worst = qMin(worst, d.severity); // Error < Warning < Info
            return DesignerStyle::severityIcon(worst);
        }
        break;
    case Qt::ToolTipRole: {
        if (index.column() == TimeColumn && !m_secondsTips.value(index.row()).isEmpty())
            return m_secondsTips.value(index.row());
        QString tip = QStringLiteral("<b>%1</b>").arg(tr("Step %1").arg(index.row() + 1).toHtmlEscaped())
                      + QStringLiteral("<br><code>%1</code>").arg(StepText::summary(step).toHtmlEscaped());
        for (const Diagnostic &d : findings)
            tip += QStringLiteral("<br>%1 <b>%2</b>: %3").arg(DesignerStyle::severityText(d.severity), d.rule, d.message.toHtmlEscaped());
        if (m_memory.step == index.row())
            tip += QStringLiteral("<br><br>") + m_memory.toolTip;
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == TimeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (index.column() == StatementColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant PlanStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NumberColumn: return tr("#");
        case StatementColumn: return tr("Statement");
        case BackupColumn: return tr("Backup");
        case TargetsColumn: return tr("Targets");
        case TimeColumn: return tr("Time");
        case OptionsColumn: return tr("Options");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case NumberColumn: return tr("Step number; the icon shows the worst finding of the step");
        case StatementColumn: return tr("The T-SQL statement of the step");
        case BackupColumn: return tr("The backup restored (or, for BACKUP LOG, taken) by the step");
        case TargetsColumn: return tr("FILE / FILEGROUP / READ_WRITE_FILEGROUPS targets; none = the whole backup");
        case TimeColumn:
            return tr("The step's estimated duration: reading its backup at the restore throughput (Target Server), "
                      "plus loading memory-optimized data; ≥ when a size or rate is not known");
        case OptionsColumn: return tr("The WITH options");
        }
    }
    return {};
}

Qt::ItemFlags PlanStepModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index) | Qt::ItemIsDropEnabled;
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList PlanStepModel::mimeTypes() const
{
    return {DesignerMime::step(), DesignerMime::backup()};
}

QMimeData *PlanStepModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(DesignerMime::step(), QByteArray::number(indexes.first().row()));
    return data;
}

Qt::DropActions PlanStepModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

int PlanStepModel::dropRow(int row, const QModelIndex &parent) const
{
    if (row >= 0)
        return qMin(row, rowCount());
    return parent.isValid() ? parent.row() : rowCount();
}

bool PlanStepModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    const int plan = m_viewState->currentPlan();
    return data && plan >= 0 && plan < m_document->project().plans.size()
        && (data->hasFormat(DesignerMime::step()) || data->hasFormat(DesignerMime::backup()));
}

bool PlanStepModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int plan = m_viewState->currentPlan();
    const int before = dropRow(row, parent);
    if (data->hasFormat(DesignerMime::step())) {
        bool ok = false;
        const int from = data->data(DesignerMime::step()).toInt(&ok);
        if (!ok || from < 0 || from >= rowCount())
            return false;
        // Dropped before row `before`: past itself, the rows after it move up by one.
        const int to = qBound(0, before > from ? before - 1 : before, rowCount() - 1);
        if (to == from)
            return false;
        m_document->undoStack()->push(new EditCommand(m_document, plan, ProjectEdit::move(from, to),
                                                      tr("Move step %1 to %2").arg(from + 1).arg(to + 1)));
        m_viewState->setCurrentStep(to);
        // The document moved the step: nothing for the view to remove (removeRows is not supported).
        return true;
    }
    const QString id = QString::fromUtf8(data->data(DesignerMime::backup()));
    const Backup *b = m_document->analysis().backup(id);
    if (!b)
        return false;
    m_document->undoStack()->push(new EditCommand(m_document, plan,
                                                  ProjectEdit::insert(before, PlanSteps::restoreOf(*b, RecoveryOption::NoRecovery)),
                                                  tr("Restore %1 in step %2").arg(id).arg(before + 1)));
    m_viewState->setCurrentStep(before);
    return true;
}

} // namespace rd
