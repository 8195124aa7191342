// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/rulecatalog.h"

#include <QCoreApplication>

// The rule table: one entry per "### R-…" heading of tests/data/rule-headings.md, in its order
// (tests/model/tst_rulecatalog checks both lists match). When a rule's implementation changes,
// update its status and note here.

namespace rd {

QString toString(RuleStatus s)
{
    switch (s) {
    case RuleStatus::Checked: return QStringLiteral("checked");
    case RuleStatus::Simulated: return QStringLiteral("simulated");
    case RuleStatus::ByConstruction: return QStringLiteral("by construction");
    case RuleStatus::NotApplicable: return QStringLiteral("not applicable");
    case RuleStatus::Pending: return QStringLiteral("pending");
    }
    return {};
}

QString toString(Confidence c)
{
    switch (c) {
    case Confidence::High: return QStringLiteral("high");
    case Confidence::Medium: return QStringLiteral("medium");
    case Confidence::Low: return QStringLiteral("low");
    }
    return {};
}

namespace RuleCatalog {

QList<RuleInfo> all()
{
    QList<RuleInfo> rules(entries().begin(), entries().end());
    rules.append(QList<RuleInfo>(ownEntries().begin(), ownEntries().end()));
    return rules;
}

const RuleInfo *find(QStringView id)
{
    for (const std::span<const RuleInfo> table : {entries(), ownEntries()})
        for (const RuleInfo &r : table)
            if (id == QStringView(r.id))
                return &r;
    return nullptr;
}

QString english(const char *text)
{
    return QString::fromUtf8(text);
}

QString translated(const char *text)
{
    // An empty source would look up the catalogue's header entry, not a rule's text.
    return *text ? QCoreApplication::translate(TranslationContext, text) : QString();
}

} // namespace RuleCatalog
} // namespace rd
