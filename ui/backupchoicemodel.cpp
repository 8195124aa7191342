// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/backupchoicemodel.h"

#include "model/document/projectdocument.h"
#include "ui/designerstyle.h"

#include <algorithm>
#include <numeric>

namespace rd {

BackupChoiceModel::BackupChoiceModel(ProjectDocument *document, QObject *parent)
    : QAbstractListModel(parent), m_document(document)
{
    rebuild();
}

void BackupChoiceModel::rebuild()
{
    beginResetModel();
    const BackupList &backups = m_document->project().backups;
    m_order.resize(size_t(backups.size()));
    std::iota(m_order.begin(), m_order.end(), qsizetype(0));
    // O(n log n): by start (a backup without one last), list order among equals.
    std::stable_sort(m_order.begin(), m_order.end(), [&backups](qsizetype a, qsizetype b) {
        const QDateTime &x = backups[a].start, &y = backups[b].start;
        return x.isValid() && (!y.isValid() || x < y);
    });
    m_rowOfBackup.assign(m_order.size(), -1);
    for (size_t row = 0; row < m_order.size(); ++row)
        m_rowOfBackup[size_t(m_order[row])] = int(row) + 1;
    endResetModel();
}

int BackupChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size()) + 1;
}

QVariant BackupChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (index.row() == 0) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return tr("(none: recovery only)");
        if (role == IdRole)
            return QString();
        return {};
    }
    const Backup &b = m_document->project().backups[m_order[size_t(index.row() - 1)]];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return QStringLiteral("%1  (%2)").arg(b.id, toString(b.type));
    case Qt::ToolTipRole:
        return tr("%1 backup, started %2").arg(toString(b.type), DesignerStyle::formatTime(b.start));
    case Qt::DecorationRole:
        return DesignerStyle::swatchIcon(DesignerStyle::backupColor(b.type));
    case IdRole:
        return b.id;
    default:
        return {};
    }
}

int BackupChoiceModel::rowOf(const QString &id) const
{
    if (id.isEmpty())
        return 0;
    const qsizetype k = m_document->analysis().index().backupIndex(id); // O(1); rebuilt with the backups
    return k < 0 || size_t(k) >= m_rowOfBackup.size() ? -1 : m_rowOfBackup[size_t(k)];
}

} // namespace rd
