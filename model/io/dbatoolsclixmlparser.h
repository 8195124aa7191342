// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/io/dbatoolsparseerror.h"
#include "model/io/dbatoolsrecord.h"

#include <QCoreApplication>

#include <functional>

class QIODevice;

namespace rd {

/// Reads PowerShell CliXML (`Get-DbaDbBackupHistory | Export-CliXml`) into one DbatoolsRecord
/// per top-level object of type Dataplat.Dbatools.Database.BackupHistory (or any type whose name
/// ends in BackupHistory: older dbatools, Select-Object's "Selected." copies), streaming, with
/// QXmlStreamReader (which reads the UTF-16 PowerShell writes, and UTF-8).
///
/// - Properties come from `<Props>` and `<MS>`, each element's `N` naming it: `<S>`, `<I32>`,
///   `<DT>`, `<G>`, … give their text, `<B>` true or false, `<Nil>` null.
/// - An `<Obj>` property gives its `<ToString>` (a System.Numerics.BigInteger LSN's digits), its
///   list (`<LST>`, `<IE>`: Path, FullName) or, for FileList, its file objects; its own
///   properties are flattened as NAME.MEMBER (TotalSize.Byte).
/// - `<TNRef>` names a type list given earlier (`<TN RefId>`), `<Ref RefId>` an object given
///   earlier (`<Obj RefId>`): both are followed; an unknown RefId is an error.
class DbatoolsCliXmlParser
{
    Q_DECLARE_TR_FUNCTIONS(rd::DbatoolsCliXmlParser)
public:
    static constexpr int MaxDepth = 32;

    /// Called with each record and the bytes of the device read so far; false stops the parse.
    using RecordHandler = std::function<bool(DbatoolsRecord &&record, qint64 bytesRead)>;

    /// Reads `device` (open) to its end. True when all of it was read; false on an XML error or a
    /// record of another type (*error says what and where), or when the handler asked to stop
    /// (*error left empty).
    static bool parse(QIODevice *device, const RecordHandler &handler, DbatoolsParseError *error);
};

} // namespace rd
