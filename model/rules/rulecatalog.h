// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/findings/diagnostic.h"

#include <QList>

#include <span>

namespace rd {

/// How the designer handles a rule of the catalog (docs/rules.md).
enum class RuleStatus {
    Checked,        ///< the validator reports it (a diagnostic with this rule ID)
    Simulated,      ///< an "info" rule the simulator applies; there is nothing to report
    ByConstruction, ///< the designer or the T-SQL writer cannot produce the violation
    NotApplicable,  ///< cannot be checked from what a plan describes; `note` says why
    Pending,        ///< not implemented yet
};
enum class Confidence { High, Medium, Low };

QString toString(RuleStatus s);  ///< "checked", "simulated", "by construction", "not applicable", "pending"
QString toString(Confidence c);  ///< "high", "medium", "low"

/// One rule of the catalog (docs/rules.md lists them): title, message, first source.
///
/// The title, message and note are English UTF-8 text, marked with QT_TRANSLATE_NOOP in the
/// translation context RuleCatalog::TranslationContext: `restore-designer rules` and docs/rules.md
/// print them as they are, Help ▸ Rules shows RuleCatalog::translated() of them. "" when there is
/// none (never nullptr). The ID and the source are never translated.
struct RuleInfo
{
    const char16_t *id;
    Severity severity;   ///< the rule's main severity (some rules also report a lesser one)
    RuleStatus status;
    Confidence confidence;
    const char *title;
    const char *message;    ///< the catalog's message template; {braced} words stand for values
    const char16_t *source; ///< path in MicrosoftDocs/sql-docs, an [archived] page, or an engine error list
    const char *note;       ///< how it is applied, or why it is not applicable
};

/// Every rule ID the validator may report, in the catalog's order, plus the designer's own
/// (R-PAGE-001/002, R-REF-001, R-NAME-001..003). `restore-designer rules` prints it; docs/rules.md
/// is generated from it.
namespace RuleCatalog {
/// The catalogue's rules (rulecatalogentries.cpp), in its order: a constant table.
std::span<const RuleInfo> entries();
/// The designer's own rules (rulecatalogownentries.cpp): a constant table.
std::span<const RuleInfo> ownEntries();
/// entries() then ownEntries(), copied into a list (124 small entries, cheap).
QList<RuleInfo> all();
/// The rule with this ID in the constant tables (valid for the program's life), or nullptr for an
/// unknown ID.
const RuleInfo *find(QStringView id);

/// The translation context of the catalog's titles, messages and notes.
inline constexpr char TranslationContext[] = "RuleCatalog";
/// A title, message or note of the table as it is (English).
QString english(const char *text);
/// A title, message or note in the user's language (the installed translators), English when no
/// catalogue translates it; "" stays "".
QString translated(const char *text);
} // namespace RuleCatalog

} // namespace rd
