// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/diagnosticmodel.h"

#include "model/commands/projectedits.h"
#include "model/document/projectdocument.h"
#include "ui/designerstyle.h"
#include "ui/viewstate.h"

#include <QFont>

#include <algorithm>

namespace rd {

DiagnosticModel::DiagnosticModel(ProjectDocument *document, ViewState *viewState, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_viewState(viewState)
{
    // Only what shows the current plan's analysis: another plan's edit leaves it as it is.
    connect(document, &ProjectDocument::changed, this, [this](const DocumentChange &change) {
        if (change.touchesHistory() || change.touchesPlan(m_viewState->currentPlan()))
            refresh();
    });
    connect(viewState, &ViewState::currentPlanChanged, this, &DiagnosticModel::refresh);
    refresh();
}

void DiagnosticModel::refresh()
{
    const QList<Diagnostic> now = listedUnderCauses(m_document->diagnostics(m_viewState->currentPlan()));
    if (now == m_diagnostics)
        return;
    beginResetModel();
    m_diagnostics = now;
    endResetModel();
}

int DiagnosticModel::count(Severity severity) const
{
    return int(std::count_if(m_diagnostics.cbegin(), m_diagnostics.cend(),
                             [severity](const Diagnostic &d) { return d.severity == severity; }));
}

QString DiagnosticModel::changedParts(const ProjectEdit &edit)
{
    const Changes changes = ProjectEdits::changeOf(edit, -1).kinds;
    QStringList parts;
    if (changes & ChangeKind::Plans)
        parts << tr("the plan");
    if (changes & ChangeKind::Backups)
        parts << tr("the backup history");
    if (changes & ChangeKind::Layout)
        parts << tr("the layout");
    if (changes & ChangeKind::Events)
        parts << tr("the events");
    return parts.join(tr(" and "));
}

int DiagnosticModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Diagnostic &d = m_diagnostics[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return DesignerStyle::severityText(d.severity);
        case RuleColumn: return d.rule;
        case StepColumn: return d.step >= 0 ? QVariant(d.step + 1) : QVariant(tr("plan"));
        case BackupColumn: return d.backup;
        case FilegroupColumn: return d.filegroup;
        case MessageColumn:
            // A consequence of a refused statement names its cause, which is listed before it.
            return d.causedBy >= 0 ? tr("↳ after step %1 was refused: %2").arg(d.causedBy + 1).arg(d.message) : d.message;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return DesignerStyle::severityIcon(d.severity);
        break;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b> (%2)<br>%3").arg(d.rule, DesignerStyle::severityText(d.severity), d.message.toHtmlEscaped());
        if (d.causedBy >= 0)
            tip += QStringLiteral("<br><br>%1").arg(tr("SQL Server refuses step %1, which changes nothing: this finding "
                                                      "follows from that. Fix step %1 first.").arg(d.causedBy + 1));
        if (!d.fix.isEmpty())
            tip += QStringLiteral("<br><br><b>%1</b> %2<br><i>%3</i>")
                       .arg(tr("Fix:"), d.fix.toHtmlEscaped(),
                            d.edit.isValid() ? tr("Apply Fix (Ctrl+.) makes it as one undoable edit of %1.")
                                                   .arg(changedParts(d.edit))
                                             : tr("Apply Fix cannot make this one: it needs your decision, or an action on the server."));
        tip += QStringLiteral("<br><i>%1</i>").arg(tr("Click to show the step, backup and filegroup concerned."));
        return tip;
    }
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return DesignerStyle::readable(DesignerStyle::severityColor(d.severity), DesignerStyle::canvasColor());
        break;
    case Qt::FontRole:
        if (index.column() == RuleColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == StepColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

QVariant DiagnosticModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SeverityColumn: return tr("Severity");
        case RuleColumn: return tr("Rule");
        case StepColumn: return tr("Step");
        case BackupColumn: return tr("Backup");
        case FilegroupColumn: return tr("Filegroup");
        case MessageColumn: return tr("Message");
        }
    } else if (role == Qt::ToolTipRole && section == RuleColumn) {
        return tr("The rule's stable ID (\"restore-designer rules\" lists them all)");
    }
    return {};
}

} // namespace rd
