// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/historyimporter.h"

#include "model/io/dbatoolshistoryreader.h"
#include "model/io/headeronlyhistoryreader.h"
#include "model/io/msdbhistoryreader.h"

namespace rd {

std::optional<HistoryFormat> HistoryImporter::formatNamed(QStringView name)
{
    for (HistoryFormat f : {HistoryFormat::Msdb, HistoryFormat::Dbatools, HistoryFormat::HeaderOnly})
        if (name.compare(nameOf(f), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

QString HistoryImporter::nameOf(HistoryFormat format)
{
    switch (format) {
    case HistoryFormat::Msdb:
        return QStringLiteral("msdb");
    case HistoryFormat::Dbatools:
        return QStringLiteral("dbatools");
    case HistoryFormat::HeaderOnly:
        return QStringLiteral("headeronly");
    }
    return {};
}

HistoryImport HistoryImporter::readFiles(HistoryFormat format, const QStringList &paths, const QString &database,
                                         const ImportProgress &progress)
{
    switch (format) {
    case HistoryFormat::Msdb:
        return MsdbHistoryReader::readFiles(paths, database, progress);
    case HistoryFormat::Dbatools:
        return DbatoolsHistoryReader::readFiles(paths, database, progress);
    case HistoryFormat::HeaderOnly:
        return HeaderOnlyHistoryReader::readFiles(paths, database, progress);
    }
    return {}; // not reached: every format is handled above
}

} // namespace rd
