// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace rd {

/// The search of Help ▸ Rules over a RuleCatalogModel: keeps the rules whose text
/// (RuleCatalogModel::SearchTextRole: ID, title, severity, status, message, note, source) holds
/// every word of the search, in any case and any order; "mod-002" finds R-MOD-002, "tail
/// norecovery" the tail-log rules that mention NORECOVERY. An empty search keeps every rule.
class RuleSearchModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RuleSearchModel(QObject *parent = nullptr);

    QString searchText() const { return m_text; }
    /// Filters by the words of `text` (split at white space).
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace rd
