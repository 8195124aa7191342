// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/docks/chainhealthmodel.h"

#include "model/document/projectdocument.h"
#include "ui/designerstyle.h"

namespace rd {

ChainHealthModel::ChainHealthModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    // The report reads the history alone: a plan edit cannot change it.
    m_later.setSingleShot(true);
    m_later.setInterval(0);
    connect(&m_later, &QTimer::timeout, this, &ChainHealthModel::refresh);
    connect(document, &ProjectDocument::changed, this, [this](const DocumentChange &change) {
        if (change.touchesHistory())
            refreshWhenReady();
    });
    refreshWhenReady();
}

void ChainHealthModel::refreshWhenReady()
{
    if (m_document->analysis().history().hasChainHealth())
        refresh();
    else
        m_later.start(); // restarted by each edit of a drag: the report of where it stops
}

void ChainHealthModel::refresh()
{
    const ChainHealth &now = m_document->analysis().history().chainHealth();
    if (now.entries() == m_entries && now.longestWithoutRestorePoint() == m_health.longestWithoutRestorePoint()
        && now.database() == m_health.database())
        return;
    beginResetModel();
    m_health = now;
    m_entries = m_health.entries();
    endResetModel();
}

int ChainHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChainHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChainHealthModel::whenText(const ChainHealthEntry &e) const
{
    if (!e.from.isValid())
        return {};
    if (!e.to.isValid() || e.to == e.from)
        return DesignerStyle::formatTime(e.from);
    // Within one day the end needs its time only: the column stays narrow, the message gets the width.
    const QString to = DesignerStyle::formatTime(e.to);
    return tr("%1 – %2").arg(DesignerStyle::formatTime(e.from),
                             e.to.date() == e.from.date() ? to.mid(to.indexOf(u' ') + 1) : to);
}

QVariant ChainHealthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ChainHealthEntry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return DesignerStyle::severityText(e.severity);
        case KindColumn: return displayName(e.kind);
        case MessageColumn: return e.message;
        case BackupsColumn: return e.backups.join(QStringLiteral(", "));
        case WhenColumn: return whenText(e);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case SeverityColumn: return int(e.severity); // Error < Warning < Info: errors first
        case WhenColumn: return e.from;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return DesignerStyle::severityIcon(e.severity);
        break;
    case Qt::ToolTipRole:
        return QStringLiteral("<b>%1</b> · %2 (%3)<br>%4<br><i>%5</i>")
            .arg(displayName(e.kind).toHtmlEscaped(), e.rule, DesignerStyle::severityText(e.severity), e.message.toHtmlEscaped(),
                 e.backups.isEmpty() ? QString()
                                     : tr("Click to select %1 on the timeline and scroll to it.")
                                           .arg(e.backups.constFirst().toHtmlEscaped()));
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return DesignerStyle::readable(DesignerStyle::severityColor(e.severity), DesignerStyle::canvasColor());
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

QVariant ChainHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SeverityColumn: return tr("Severity");
        case KindColumn: return tr("Kind");
        case MessageColumn: return tr("Message");
        case BackupsColumn: return tr("Backups");
        case WhenColumn: return tr("When");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case BackupsColumn: return tr("The backups the entry concerns; the first is where to look");
        case WhenColumn: return tr("The time the entry concerns (server wall-clock time)");
        default: break;
        }
    }
    return {};
}

} // namespace rd
