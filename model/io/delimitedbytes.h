// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <vector>

namespace rd {

/// One field of a delimited UTF-8 line, as a view: into the line, or for a quoted field with a
/// doubled quote inside, into the scratch buffer split() was given.
struct ByteField
{
    QByteArrayView text; ///< unquoted, not trimmed
    qsizetype offset = 0; ///< byte offset in the line where the field (or its opening quote) starts
    bool quoted = false;
};

/// DelimitedLine's rules on UTF-8 bytes, without a QString per field: the importers of large
/// exports (a million rows) split every line with it and convert only the fields they keep.
/// A field may be quoted with double quotes (RFC 4180: a quote inside is doubled, a separator
/// inside belongs to the field); spaces around a quoted field are padding (sqlcmd pads fields).
class DelimitedBytes
{
    Q_DECLARE_TR_FUNCTIONS(rd::DelimitedBytes)
public:
    /// Splits `line` at `separator` into *fields (cleared first). `scratch` holds unescaped quoted
    /// fields and must outlive the views. On a malformed line (a quote left open, text after a
    /// closing quote) returns false with *errorOffset (a byte offset) and *error set.
    static bool split(QByteArrayView line, char separator, std::vector<ByteField> *fields, QByteArray *scratch,
                      qsizetype *errorOffset, QString *error);
    /// The 1-based character column of byte `offset` of a UTF-8 line (what a text editor shows).
    static int characterColumn(QByteArrayView line, qsizetype offset);
};

} // namespace rd
