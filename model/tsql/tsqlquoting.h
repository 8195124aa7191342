// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

namespace rd {

// Quoting for generated T-SQL scripts. Quoting keeps a value inside its statement; the script-level
// helpers below keep it from reaching the tools that run the script: SSMS and sqlcmd end a batch at
// any line reading GO and run `:r`/`:!!` lines, even inside a string literal, and sqlcmd substitutes
// `$(var)` anywhere (Microsoft, "sqlcmd utility": scripting variables and commands).
/// As QUOTENAME(name): `[` + name with every `]` doubled + `]`. Any length (SQL Server refuses
/// identifiers over 128 characters itself).
QString quoteIdentifier(QStringView name);

/// A Unicode string literal: `N'` + s with every `'` doubled + `'`.
QString quoteString(QStringView s);

/// True when `text` can be written verbatim inside a quoted literal or identifier: it has no
/// line break, control character or bidirectional control (U+202E …) and no `$(`, `/*` or `*/` (sqlcmd variables; a batch splitter
/// that tracks block comments but not strings would otherwise swallow the following GO).
bool isScriptSafe(QStringView text);

/// An nvarchar expression whose value is exactly `text`, written with script-safe pieces only:
/// N'…' literals joined by `+`, NCHAR(n) for each control character, and the pairs `$(`, `/*`,
/// `*/` split across two literals (N'$' + N'('). Values over 4000 characters start with
/// CAST(N'' AS nvarchar(max)) so the concatenation is not truncated at 4000.
QString scriptSafeStringExpression(QStringView text);

/// `text` made fit for a `--` comment: line breaks and control characters become visible escapes
/// (\n, \r, \t, \uXXXX) and `$(`, `/*`, `*/` are broken by a space, so the comment cannot end early,
/// hide a GO or trigger sqlcmd.
QString scriptSafeComment(QStringView text);

} // namespace rd
