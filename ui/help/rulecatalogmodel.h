// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/rules/rulecatalog.h"

#include <QAbstractTableModel>

namespace rd {

/// The rule catalog (RuleCatalog::all(), what `restore-designer rules` prints and docs/rules.md
/// holds) as a table for Help ▸ Rules: one row per rule, in the catalog's order. Read-only; the
/// catalog is a constant table, so the model never changes after construction.
class RuleCatalogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, SeverityColumn, TitleColumn, ColumnCount };
    enum Role {
        /// On any column: every text of the rule (ID, title, severity, status, message, note,
        /// source), as shown (translated) and in English, in one string: what RuleSearchModel
        /// searches.
        SearchTextRole = Qt::UserRole + 1,
        /// On any column: the rule ID, e.g. "R-MOD-002".
        RuleIdRole,
    };

    explicit RuleCatalogModel(QObject *parent = nullptr);

    /// The rule at `row` (0 ≤ row < rowCount()).
    const RuleInfo &rule(int row) const { return m_rules[row]; }
    /// The row of rule `id` (exact ID, e.g. "R-MOD-002"), or -1 when the catalog has no such rule.
    int rowOf(QStringView id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RuleInfo> m_rules;
};

} // namespace rd
