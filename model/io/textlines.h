// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace rd {

/// The lines of a text file saved by a Windows tool: UTF-8 with or without a byte order mark, or
/// UTF-16 (SSMS "Save Results As" with Unicode encoding) little or big endian, with its byte order
/// mark or, little endian, recognised by its zero bytes; lines end with LF or CR LF.
class TextLines
{
    Q_DECLARE_TR_FUNCTIONS(rd::TextLines)
public:
    /// The decoded lines of `bytes`, without their line ends (a final line end makes no empty last
    /// line). Returns false with *errorLine (1-based) and *error set when the bytes are not valid
    /// text in the encoding found (for example Windows-1252 bytes in a file without a UTF-16 mark).
    static bool decode(const QByteArray &bytes, QStringList *lines, int *errorLine, QString *error);
};

} // namespace rd
