// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/help/rulesearchmodel.h"

#include "ui/help/rulecatalogmodel.h"

#include <QRegularExpression>

namespace rd {

RuleSearchModel::RuleSearchModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void RuleSearchModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool RuleSearchModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString text = sourceModel()->index(sourceRow, 0, sourceParent).data(RuleCatalogModel::SearchTextRole).toString();
    for (const QString &word : m_words)
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace rd
