// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace rd {

/// One field of a delimited text line.
struct DelimitedField
{
    QString text;      ///< unquoted ("" inside quotes becomes "), not trimmed
    int column = 1;    ///< 1-based character column where the field starts in its line
    bool quoted = false;
};

/// Splits one line of delimited text (CSV as SSMS "Save Results As" writes it, or sqlcmd's `-s`
/// output) into fields. A field may be quoted with double quotes (RFC 4180: a quote inside is
/// doubled); a separator inside quotes belongs to the field. Records never span lines: the DMV's
/// values hold no line breaks, and a line per record keeps every message's line number right.
class DelimitedLine
{
    Q_DECLARE_TR_FUNCTIONS(rd::DelimitedLine)
public:
    /// The fields of `line` split at `separator`. On a malformed line (a quote left open, text
    /// after a closing quote) returns false with *errorColumn (1-based) and *error set.
    static bool split(QStringView line, QChar separator, QList<DelimitedField> *fields, int *errorColumn,
                      QString *error);
};

} // namespace rd
