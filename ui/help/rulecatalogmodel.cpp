// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/help/rulecatalogmodel.h"

#include "ui/designerstyle.h"

namespace rd {

RuleCatalogModel::RuleCatalogModel(QObject *parent) : QAbstractTableModel(parent), m_rules(RuleCatalog::all()) {}

int RuleCatalogModel::rowOf(QStringView id) const
{
    for (int row = 0; row < m_rules.size(); ++row)
        if (id == QStringView(m_rules[row].id))
            return row;
    return -1;
}

int RuleCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RuleCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rules.size())
        return {};
    const RuleInfo &r = m_rules[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return QString::fromUtf16(r.id);
        case SeverityColumn: return DesignerStyle::severityText(r.severity);
        case TitleColumn: return RuleCatalog::translated(r.title);
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(DesignerStyle::severityIcon(r.severity)) : QVariant();
    case Qt::ToolTipRole:
        return RuleCatalog::translated(r.message);
    case RuleIdRole:
        return QString::fromUtf16(r.id);
    case SearchTextRole:
        // What the window shows, and the English original: DBAs search the words of Microsoft's
        // (English) documents too. Without a translation both are the same text.
        return QStringList{QString::fromUtf16(r.id),
                           RuleCatalog::translated(r.title),
                           DesignerStyle::severityText(r.severity),
                           RuleCatalog::translated(r.message),
                           RuleCatalog::translated(r.note),
                           RuleCatalog::english(r.title),
                           toString(r.severity),
                           toString(r.status),
                           RuleCatalog::english(r.message),
                           RuleCatalog::english(r.note),
                           QString::fromUtf16(r.source)}
            .join(u'\n');
    }
    return {};
}

QVariant RuleCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Rule");
    case SeverityColumn: return tr("Severity");
    case TitleColumn: return tr("Title");
    }
    return {};
}

} // namespace rd
