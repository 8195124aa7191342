#include "model/io/historyimporter.h"

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
    case HistoryFormat::HeaderOnly:
        break;
    }
    HistoryImport notYet;
    HistoryImportProblem p;
    p.source = paths.value(0);
    p.message = tr("importing %1 exports is not supported yet; only msdb exports are").arg(nameOf(format));
    notYet.problems << p;
    return notYet;
}

} // namespace rd
