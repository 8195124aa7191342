// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/io/dbatoolsparseerror.h"
#include "model/io/dbatoolsrecord.h"

#include <QCoreApplication>
#include <QStringView>

#include <functional>

namespace rd {

/// Reads the text of `Get-DbaDbBackupHistory | ConvertTo-Json` (already decoded) into one
/// DbatoolsRecord per BackupHistory object: a top-level array of objects, or a single object
/// (ConvertTo-Json writes one object without brackets).
///
/// Its own small JSON scanner, because QJsonDocument reads every number as a double and LSNs are
/// bare numbers of up to 25 digits (14975000000265600001 does not survive a double): number tokens
/// are kept as the digits written. It counts lines and character columns for messages; strings
/// are unescaped (`"\/Date(1493233263000)\/"` becomes `/Date(1493233263000)/`). A syntax error, a
/// truncated file or nesting deeper than MaxDepth stops the parse with where it is.
class DbatoolsJsonParser
{
    Q_DECLARE_TR_FUNCTIONS(rd::DbatoolsJsonParser)
public:
    static constexpr int MaxDepth = 32;

    /// Called with each record and the character offset just after it; false stops the parse.
    using RecordHandler = std::function<bool(DbatoolsRecord &&record, qsizetype offset)>;

    /// True when the whole text was read; false on a syntax error (*error says what and where)
    /// or when the handler asked to stop (*error left empty).
    static bool parse(QStringView text, const RecordHandler &handler, DbatoolsParseError *error);
};

} // namespace rd
