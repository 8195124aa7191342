// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/cfpsnapshotjson.h"

#include "model/domain/plantime.h"
#include "model/io/jsonobjectreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

#include <limits>

namespace rd {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanJsonReader)
};

constexpr qint64 MaxExact = JsonObjectReader::MaxExactInteger;

QString versionWord(CheckpointDmvVersion v)
{
    return v == CheckpointDmvVersion::SqlServer2014 ? QStringLiteral("2014") : QStringLiteral("2016");
}

QUuid guid(JsonObjectReader &r, const QString &key, bool required)
{
    const QString s = r.string(key, required);
    if (s.isEmpty())
        return {};
    const QUuid id = QUuid::fromString(s);
    // QUuid gives the null GUID for text it cannot parse; only the zero GUID itself means it.
    const QString zero = QUuid().toString(QUuid::WithoutBraces);
    if (id.isNull() && s != zero && s != u'{' + zero + u'}')
        JsonObjectReader::fail(r.sub(key), Tr::tr("\"%1\" is not a GUID (8-4-4-4-12 hexadecimal digits)").arg(s.left(60)));
    return id;
}

std::optional<qint64> optionalInteger(JsonObjectReader &r, const QString &key, qint64 min, const QString &what)
{
    if (!r.has(key))
        return std::nullopt;
    return r.integer(key, 0, min, MaxExact, what);
}

CheckpointFile readFile(const QJsonValue &v, const QString &path, CheckpointDmvVersion version, QStringList *w)
{
    JsonObjectReader r(v, path, w);
    CheckpointFile f;
    f.id = guid(r, QStringLiteral("id"), true);
    f.pairId = guid(r, QStringLiteral("pairId"), false);
    f.containerId = int(r.integer(QStringLiteral("containerId"), 0, 0, std::numeric_limits<qint32>::max(),
                                  Tr::tr("container_id (int, not negative)")));
    f.relativePath = r.string(QStringLiteral("relativePath"));

    const QString typeWord = r.string(QStringLiteral("type"), true);
    std::optional<CheckpointFileType> type;
    for (int code = -1; code <= 3; ++code)
        if (fileTypeDescription(CheckpointFileType(code)) == typeWord)
            type = CheckpointFileType(code);
    const bool typeInVersion = type && (version == CheckpointDmvVersion::SqlServer2016 || *type == CheckpointFileType::Data
                                        || *type == CheckpointFileType::Delta);
    if (!typeInVersion)
        JsonObjectReader::fail(r.sub(QStringLiteral("type")),
                               Tr::tr("\"%1\" is not a file type of the SQL Server %2 DMV (%3)")
                                   .arg(typeWord.left(60), versionWord(version),
                                        version == CheckpointDmvVersion::SqlServer2014
                                            ? QStringLiteral("DATA, DELTA")
                                            : QStringLiteral("FREE, DATA, DELTA, ROOT, LARGE DATA")));
    f.type = *type;

    const QString stateWord = r.string(QStringLiteral("state"), true);
    const auto state = checkpointFileStateFromDescription(stateWord);
    // Exactly as state_desc spells it (the description lookup also takes the blogs' "MERGE SOURCE").
    if (!state || stateDescription(*state) != stateWord || !checkpointFileState(int(*state), version))
        JsonObjectReader::fail(r.sub(QStringLiteral("state")),
                               Tr::tr("\"%1\" is not a state of the SQL Server %2 DMV, as state_desc spells it")
                                   .arg(stateWord.left(60), versionWord(version)));
    f.state = *state;

    const QString bytes = Tr::tr("a size in bytes (bigint, not negative)");
    const QString bigint = Tr::tr("a bigint");
    f.sizeBytes = optionalInteger(r, QStringLiteral("sizeBytes"), 0, bytes);
    f.usedBytes = optionalInteger(r, QStringLiteral("usedBytes"), 0, bytes);
    f.rowCount = optionalInteger(r, QStringLiteral("rowCount"), 0, Tr::tr("a row count (bigint, not negative)"));
    f.lowerBoundTsn = optionalInteger(r, QStringLiteral("lowerBoundTsn"), -MaxExact, bigint);
    f.upperBoundTsn = optionalInteger(r, QStringLiteral("upperBoundTsn"), -MaxExact, bigint);
    f.beginCheckpointId = optionalInteger(r, QStringLiteral("beginCheckpointId"), -MaxExact, bigint);
    f.endCheckpointId = optionalInteger(r, QStringLiteral("endCheckpointId"), -MaxExact, bigint);
    r.warnUnknown();
    return f;
}

CfpSnapshot readSnapshot(const QJsonValue &v, const QString &path, QStringList *w)
{
    JsonObjectReader r(v, path, w);
    CfpSnapshot s;
    s.at = r.time(QStringLiteral("at"), true);
    s.source = r.string(QStringLiteral("source"));
    const QString version = r.string(QStringLiteral("dmvVersion"), true);
    if (version == QLatin1String("2014"))
        s.inventory.version = CheckpointDmvVersion::SqlServer2014;
    else if (version == QLatin1String("2016"))
        s.inventory.version = CheckpointDmvVersion::SqlServer2016;
    else
        JsonObjectReader::fail(r.sub(QStringLiteral("dmvVersion")),
                               Tr::tr("\"%1\" is not one of 2014, 2016").arg(version.left(60)));
    const QJsonArray files = r.array(QStringLiteral("files"));
    QHash<QUuid, qsizetype> seen;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString filePath = QStringLiteral("%1[%2]").arg(r.sub(QStringLiteral("files"))).arg(i);
        s.inventory.files << readFile(files[i], filePath, s.inventory.version, w);
        const QUuid id = s.inventory.files.last().id;
        if (seen.contains(id))
            JsonObjectReader::fail(filePath + QStringLiteral(".id"),
                                   Tr::tr("checkpoint file %1 is listed twice (also at index %2)")
                                       .arg(id.toString(QUuid::WithoutBraces).toUpper()).arg(seen.value(id)));
        seen.insert(id, i);
    }
    r.warnUnknown();
    return s;
}

void putOptional(QJsonObject &o, const QString &key, const std::optional<qint64> &v)
{
    if (v)
        o.insert(key, *v);
}

} // namespace

QList<CfpSnapshot> CfpSnapshotJson::fromJson(const QJsonArray &a, const QString &path, QStringList *warnings)
{
    QList<CfpSnapshot> out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        out << readSnapshot(a[i], at, warnings);
        if (i > 0 && out[i].at <= out[i - 1].at)
            JsonObjectReader::fail(at + QStringLiteral(".at"),
                                   Tr::tr("%1 is not after the previous snapshot's time %2: snapshots are listed in time "
                                          "order, at most one at a time")
                                       .arg(PlanTime::toString(out[i].at), PlanTime::toString(out[i - 1].at)));
    }
    return out;
}

QJsonObject CfpSnapshotJson::toJson(const CfpSnapshot &s)
{
    QJsonObject o{{QStringLiteral("at"), PlanTime::toString(s.at)},
                  {QStringLiteral("dmvVersion"), versionWord(s.inventory.version)}};
    if (!s.source.isEmpty())
        o.insert(QStringLiteral("source"), s.source);
    QJsonArray files;
    for (const CheckpointFile &f : s.inventory.files) {
        QJsonObject j{{QStringLiteral("id"), f.id.toString(QUuid::WithoutBraces).toUpper()},
                      {QStringLiteral("type"), fileTypeDescription(f.type)},
                      {QStringLiteral("state"), stateDescription(f.state)}};
        if (!f.pairId.isNull())
            j.insert(QStringLiteral("pairId"), f.pairId.toString(QUuid::WithoutBraces).toUpper());
        if (f.containerId)
            j.insert(QStringLiteral("containerId"), f.containerId);
        if (!f.relativePath.isEmpty())
            j.insert(QStringLiteral("relativePath"), f.relativePath);
        putOptional(j, QStringLiteral("sizeBytes"), f.sizeBytes);
        putOptional(j, QStringLiteral("usedBytes"), f.usedBytes);
        putOptional(j, QStringLiteral("rowCount"), f.rowCount);
        putOptional(j, QStringLiteral("lowerBoundTsn"), f.lowerBoundTsn);
        putOptional(j, QStringLiteral("upperBoundTsn"), f.upperBoundTsn);
        putOptional(j, QStringLiteral("beginCheckpointId"), f.beginCheckpointId);
        putOptional(j, QStringLiteral("endCheckpointId"), f.endCheckpointId);
        files.append(j);
    }
    o.insert(QStringLiteral("files"), files);
    return o;
}

} // namespace rd
