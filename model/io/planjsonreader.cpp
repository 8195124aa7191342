// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/planjsonreader.h"

#include "model/domain/sqlserverlimits.h"
#include "model/io/cfpsnapshotjson.h"
#include "model/io/inputfile.h"
#include "model/io/jsonarraysplit.h"
#include "model/io/jsonobjectreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <functional>

namespace rd {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanJsonReader)
};

constexpr qint64 MaxExactInteger = JsonObjectReader::MaxExactInteger;

[[noreturn]] void fail(const QString &path, const QString &what)
{
    JsonObjectReader::fail(path, what);
}

QString typeName(const QJsonValue &v)
{
    return JsonObjectReader::typeName(v);
}

QString indexPath(const QString &base, qsizetype i) { return QStringLiteral("%1[%2]").arg(base).arg(i); }

DataFile readFile(const QJsonValue &v, const QString &path, QStringList *w)
{
    JsonObjectReader r(v, path, w);
    DataFile f;
    f.name = r.nonEmptyString(QStringLiteral("name"));
    f.path = r.string(QStringLiteral("path"));
    f.sizeBytes = r.size(QStringLiteral("sizeBytes"));
    r.warnUnknown();
    return f;
}

QList<DataFile> readFiles(JsonObjectReader &r, const QString &key, QStringList *w)
{
    QList<DataFile> out;
    const QJsonArray a = r.array(key);
    for (qsizetype i = 0; i < a.size(); ++i)
        out << readFile(a[i], indexPath(r.sub(key), i), w);
    return out;
}

Database readDatabase(const QJsonValue &v, const QString &path, QStringList *w)
{
    JsonObjectReader r(v, path, w);
    Database db;
    db.name = r.nonEmptyString(QStringLiteral("name"));
    if (!r.has(QStringLiteral("edition")) && w)
        w->append(Tr::tr("%1: no edition given; assuming ENTERPRISE (online restore possible)").arg(r.sub(QStringLiteral("edition"))));
    db.edition = r.enumeration<Edition>(QStringLiteral("edition"), parseEdition, editionWords(), Edition::Enterprise);
    if (!r.has(QStringLiteral("recoveryModel")) && w)
        w->append(Tr::tr("%1: no recovery model given; assuming FULL").arg(r.sub(QStringLiteral("recoveryModel"))));
    db.recoveryModel = r.enumeration<RecoveryModel>(QStringLiteral("recoveryModel"), parseRecoveryModel,
                                                    recoveryModelWords(), RecoveryModel::Full);
    const QString fgPath = r.sub(QStringLiteral("filegroups"));
    const QJsonArray fgs = r.array(QStringLiteral("filegroups"), true);
    QSet<QString> seenFilegroups;
    for (qsizetype i = 0; i < fgs.size(); ++i) {
        JsonObjectReader f(fgs[i], indexPath(fgPath, i), w);
        Filegroup fg;
        fg.name = f.nonEmptyString(QStringLiteral("name"));
        fg.type = f.enumeration<FilegroupType>(QStringLiteral("type"), parseFilegroupType, filegroupTypeWords(),
                                               FilegroupType::Rows);
        fg.readOnly = f.boolean(QStringLiteral("readOnly"));
        fg.abandon = f.boolean(QStringLiteral("abandon"));
        fg.files = readFiles(f, QStringLiteral("files"), w);
        f.warnUnknown();
        if (seenFilegroups.contains(fg.name.toCaseFolded()))
            fail(f.sub(QStringLiteral("name")), Tr::tr("filegroup \"%1\" appears twice (names are case-insensitive)").arg(fg.name));
        seenFilegroups.insert(fg.name.toCaseFolded());
        // A logical file name used twice (data or log files) loads, to be fixed in the designer: R-NAME-003.
        db.filegroups << fg;
    }
    const Filegroup *primary = db.filegroup(QStringLiteral("PRIMARY"));
    if (!primary)
        fail(fgPath, Tr::tr("the PRIMARY filegroup is required"));
    if (primary->type != FilegroupType::Rows)
        fail(fgPath, Tr::tr("the PRIMARY filegroup must be of type ROWS"));
    int memoryOptimized = 0;
    for (const Filegroup &fg : std::as_const(db.filegroups))
        memoryOptimized += fg.type == FilegroupType::MemoryOptimizedData;
    if (memoryOptimized > 1)
        fail(fgPath, Tr::tr("a database can have only one MEMORY_OPTIMIZED_DATA filegroup"));
    db.logFiles = readFiles(r, QStringLiteral("logFiles"), w);
    db.readOnly = r.boolean(QStringLiteral("readOnly"));
    r.warnUnknown();
    return db;
}

RestoreEnvironment readEnvironment(const QJsonValue &v, QStringList *w)
{
    RestoreEnvironment e;
    if (v.isUndefined())
        return e;
    JsonObjectReader r(v, QStringLiteral("environment"), w);
    e.serverVersion = r.version(QStringLiteral("serverVersion"));
    e.databaseExists = r.boolean(QStringLiteral("databaseExists"), true);
    e.availabilityGroup = r.boolean(QStringLiteral("availabilityGroup"));
    e.mirrored = r.boolean(QStringLiteral("mirrored"));
    e.certificatesAvailable = r.boolean(QStringLiteral("certificatesAvailable"));
    e.lightweightPooling = r.boolean(QStringLiteral("lightweightPooling"));
    e.memoryAvailableBytes = r.size(QStringLiteral("memoryAvailableBytes"));
    e.memoryOptimizedLoadBytesPerSecond = r.size(QStringLiteral("memoryOptimizedLoadBytesPerSecond"));
    e.restoreBytesPerSecond = r.size(QStringLiteral("restoreBytesPerSecond"));
    e.filestreamOnNtfs = r.boolean(QStringLiteral("filestreamOnNtfs"), true);
    r.warnUnknown();
    return e;
}

TimelineEvent readEvent(const QJsonValue &v, const QString &path, QStringList *w)
{
    JsonObjectReader r(v, path, w);
    TimelineEvent e;
    e.kind = r.enumeration<EventKind>(QStringLiteral("kind"), parseEventKind, eventKindWords());
    e.at = r.time(QStringLiteral("at"), true);
    e.lsn = r.lsn(QStringLiteral("lsn"));
    switch (e.kind) {
    case EventKind::SetReadOnly:
    case EventKind::SetReadWrite:
        e.filegroup = r.nonEmptyString(QStringLiteral("filegroup"));
        break;
    case EventKind::SetRecoveryModel:
        e.recoveryModel = r.enumeration<RecoveryModel>(QStringLiteral("recoveryModel"), parseRecoveryModel,
                                                       recoveryModelWords());
        break;
    case EventKind::Mark:
        e.name = r.nonEmptyString(QStringLiteral("name"));
        break;
    case EventKind::Failure:
        e.filegroups = r.stringList(QStringLiteral("filegroups"));
        e.files = r.stringList(QStringLiteral("files")); // names the layout lacks: R-REF-001 (historychecks.cpp)
        e.wholeDatabase = r.boolean(QStringLiteral("database"));
        e.logDamaged = r.boolean(QStringLiteral("logDamaged"));
        break;
    case EventKind::AddFile:
    case EventKind::RemoveFile:
        e.file = r.nonEmptyString(QStringLiteral("file"));
        e.filegroup = r.string(QStringLiteral("filegroup"));
        break;
    case EventKind::OpenTransaction:
        e.filegroups = r.stringList(QStringLiteral("filegroups"));
        e.until = r.time(QStringLiteral("until"));
        break;
    }
    r.warnUnknown();
    return e;
}

Backup readBackup(const QJsonValue &v, const QString &path, QStringList *w)
{
    JsonObjectReader r(v, path, w);
    Backup b;
    b.id = r.nonEmptyString(QStringLiteral("id"));
    b.type = r.enumeration<BackupType>(QStringLiteral("type"), parseBackupType, backupTypeWords());
    b.tailLog = r.boolean(QStringLiteral("tailLog"));
    b.copyOnly = r.boolean(QStringLiteral("copyOnly"));
    b.filegroups = r.stringList(QStringLiteral("filegroups"));
    b.files = r.stringList(QStringLiteral("files"));
    if (r.has(QStringLiteral("readOnlyFilegroups")))
        b.readOnlyFilegroups = r.stringList(QStringLiteral("readOnlyFilegroups"));
    b.start = r.time(QStringLiteral("start"));
    b.finish = r.time(QStringLiteral("finish"));
    if (b.start.isValid() && b.finish.isValid() && b.finish < b.start)
        fail(r.sub(QStringLiteral("finish")), Tr::tr("the backup finishes before it starts"));
    b.firstLsn = r.lsn(QStringLiteral("firstLsn"));
    b.lastLsn = r.lsn(QStringLiteral("lastLsn"));
    if (!b.firstLsn.isNull() && !b.lastLsn.isNull() && b.lastLsn < b.firstLsn)
        fail(r.sub(QStringLiteral("lastLsn")), Tr::tr("lastLsn %1 is smaller than firstLsn %2")
                                                   .arg(b.lastLsn.toString(), b.firstLsn.toString()));
    b.checkpointLsn = r.lsn(QStringLiteral("checkpointLsn"));
    b.databaseBackupLsn = r.lsn(QStringLiteral("databaseBackupLsn"));
    b.differentialBaseLsn = r.lsn(QStringLiteral("differentialBaseLsn"));
    b.recoveryForkId = r.string(QStringLiteral("recoveryForkId"));
    b.lastRecoveryForkId = r.string(QStringLiteral("lastRecoveryForkId"));
    b.forkPointLsn = r.lsn(QStringLiteral("forkPointLsn"));
    b.backupSetGuid = r.string(QStringLiteral("backupSetGuid"));
    b.differentialBaseGuid = r.string(QStringLiteral("differentialBaseGuid"));
    if (r.has(QStringLiteral("recoveryModel")))
        b.recoveryModel = r.enumeration<RecoveryModel>(QStringLiteral("recoveryModel"), parseRecoveryModel,
                                                       recoveryModelWords());
    b.softwareVersion = r.version(QStringLiteral("softwareVersion"));
    b.hasBulkLoggedData = r.boolean(QStringLiteral("hasBulkLoggedData"));
    b.hasIncompleteMetadata = r.boolean(QStringLiteral("hasIncompleteMetadata"));
    b.damaged = r.boolean(QStringLiteral("damaged"));
    b.failed = r.boolean(QStringLiteral("failed"));
    b.encrypted = r.boolean(QStringLiteral("encrypted"));
    b.snapshot = r.boolean(QStringLiteral("snapshot"));
    b.media = r.stringList(QStringLiteral("media"));
    if (b.media.size() > SqlServerLimits::MaxMediaFamilies)
        fail(r.sub(QStringLiteral("media")), Tr::tr("%1 devices; a media set has 1 to %2 media families")
                                                 .arg(b.media.size()).arg(SqlServerLimits::MaxMediaFamilies));
    b.mediaFamilyCount = static_cast<int>(
        r.integer(QStringLiteral("mediaFamilyCount"), 0, 0, SqlServerLimits::MaxMediaFamilies,
                  Tr::tr("the number of media families (backupmediaset.media_family_count: 1 to 64; 0 = as many as media)")));
    b.position = static_cast<int>(r.integer(QStringLiteral("position"), 1, 1, SqlServerLimits::MaxInt,
                                            Tr::tr("backupset.position (int, RESTORE … WITH FILE = n)")));
    b.sizeBytes = r.size(QStringLiteral("sizeBytes"));
    b.maxTransferSize = r.transferSize(QStringLiteral("maxTransferSize"));
    r.warnUnknown();
    return b;
}

PlanStep readStep(const QJsonValue &v, const QString &path, QStringList *w)
{
    JsonObjectReader r(v, path, w);
    PlanStep s;
    s.statement = r.enumeration<StepStatement>(QStringLiteral("statement"), parseStepStatement, stepStatementWords());
    s.backup = r.string(QStringLiteral("backup"));
    s.filegroups = r.stringList(QStringLiteral("filegroups"));
    s.files = r.stringList(QStringLiteral("files"));
    s.readWriteFilegroups = r.boolean(QStringLiteral("readWriteFilegroups"));
    s.pages = r.stringList(QStringLiteral("pages"));
    s.partial = r.boolean(QStringLiteral("partial"));
    if (r.has(QStringLiteral("recovery")))
        s.recovery = r.enumeration<RecoveryOption>(QStringLiteral("recovery"), parseRecoveryOption, recoveryOptionWords());
    s.standbyFile = r.string(QStringLiteral("standbyFile"));
    s.stopAt = r.time(QStringLiteral("stopAt"));
    // A mark may be a plain name or { "name": …, "after": time }.
    for (const QString &key : {QStringLiteral("stopAtMark"), QStringLiteral("stopBeforeMark")}) {
        const QJsonValue m = r.value(key, false);
        QString name;
        if (m.isString()) {
            name = m.toString();
        } else if (m.isObject()) {
            JsonObjectReader mr(m, r.sub(key), w);
            name = mr.nonEmptyString(QStringLiteral("name"));
            s.markAfter = mr.time(QStringLiteral("after"));
            mr.warnUnknown();
        } else if (!m.isUndefined()) {
            fail(r.sub(key), Tr::tr("expected a mark name or {\"name\", \"after\"}, found %1").arg(typeName(m)));
        }
        (key == QLatin1String("stopAtMark") ? s.stopAtMark : s.stopBeforeMark) = name;
    }
    if (!s.stopAtMark.isEmpty() && !s.stopBeforeMark.isEmpty())
        fail(r.path(), Tr::tr("a step can have STOPATMARK or STOPBEFOREMARK, not both"));
    s.continueAfterError = r.boolean(QStringLiteral("continueAfterError"));
    s.replace = r.boolean(QStringLiteral("replace"));
    const QJsonArray moves = r.array(QStringLiteral("move"));
    for (qsizetype i = 0; i < moves.size(); ++i) {
        JsonObjectReader mr(moves[i], indexPath(r.sub(QStringLiteral("move")), i), w);
        s.move << FileMove{mr.nonEmptyString(QStringLiteral("file")), mr.nonEmptyString(QStringLiteral("to"))};
        mr.warnUnknown();
    }
    s.norecovery = r.boolean(QStringLiteral("norecovery"));
    s.noTruncate = r.boolean(QStringLiteral("noTruncate"));
    s.keepReplication = r.boolean(QStringLiteral("keepReplication"));
    s.keepCdc = r.boolean(QStringLiteral("keepCdc"));
    s.restrictedUser = r.boolean(QStringLiteral("restrictedUser"));
    s.maxTransferSize = r.transferSize(QStringLiteral("maxTransferSize"));
    r.warnUnknown();
    return s;
}

Plan readPlan(const QJsonValue &v, const QString &path, QStringList *w)
{
    JsonObjectReader r(v, path, w);
    Plan p;
    p.name = r.nonEmptyString(QStringLiteral("name"));
    const QJsonValue t = r.value(QStringLiteral("target"), false);
    if (!t.isUndefined() && !t.isNull()) {
        JsonObjectReader tr_(t, r.sub(QStringLiteral("target")), w);
        if (tr_.has(QStringLiteral("pointInTime"))) {
            p.target.kind = RestoreTarget::Kind::PointInTime;
            p.target.pointInTime = tr_.time(QStringLiteral("pointInTime"), true);
        } else if (tr_.has(QStringLiteral("mark"))) {
            p.target.kind = RestoreTarget::Kind::Mark;
            p.target.mark = tr_.nonEmptyString(QStringLiteral("mark"));
            p.target.beforeMark = tr_.boolean(QStringLiteral("before"));
        }
        tr_.warnUnknown();
    }
    const QJsonArray steps = r.array(QStringLiteral("steps"));
    for (qsizetype i = 0; i < steps.size(); ++i)
        p.steps << readStep(steps[i], indexPath(r.sub(QStringLiteral("steps")), i), w);
    r.warnUnknown();
    return p;
}

/// The elements of the document's "backups" array, wherever they are held: in the parsed document,
/// or parsed one at a time from their text (JsonArraySplit) when the document was parsed without them.
struct BackupElements
{
    qsizetype size = 0;
    std::function<QJsonValue(qsizetype)> at;
};

/// Thrown when a backup's own text does not parse on its own: the whole text is parsed instead,
/// which reports the error with its line and column.
struct SplitFailed
{
};

Project readProject(const QJsonValue &root, QStringList *w, const BackupElements *split = nullptr)
{
    JsonObjectReader r(root, QString(), w);
    const QString format = r.string(QStringLiteral("format"), true);
    if (format != QLatin1String("restore-designer-plan"))
        fail(QStringLiteral("format"), Tr::tr("\"%1\" is not a Restore Designer plan (expected \"restore-designer-plan\")").arg(format.left(60)));
    const qint64 version = r.integer(QStringLiteral("version"), 0, -MaxExactInteger, MaxExactInteger, QString());
    if (!r.has(QStringLiteral("version")))
        fail(QStringLiteral("version"), Tr::tr("required field is missing"));
    if (version > PlanJsonReader::FormatVersion)
        fail(QStringLiteral("version"), Tr::tr("this plan uses format version %1, written by a newer Restore Designer; "
                                           "this version reads up to %2").arg(version).arg(PlanJsonReader::FormatVersion));
    if (version < 1)
        fail(QStringLiteral("version"), Tr::tr("version %1 does not exist; the first version is 1").arg(version));
    Project p;
    p.description = r.string(QStringLiteral("description"));
    p.database = readDatabase(r.value(QStringLiteral("database"), true), QStringLiteral("database"), w);
    p.environment = readEnvironment(r.value(QStringLiteral("environment"), false), w);
    const QJsonArray events = r.array(QStringLiteral("events"));
    for (qsizetype i = 0; i < events.size(); ++i)
        p.events << readEvent(events[i], indexPath(QStringLiteral("events"), i), w);
    const QJsonArray inDocument = r.array(QStringLiteral("backups"));
    const BackupElements backups = split ? *split
                                         : BackupElements{inDocument.size(), [&](qsizetype i) { return inDocument[i]; }};
    p.backups.reserve(backups.size); // exactly: growing a list of a million backups would hold two
    QSet<QString> ids;
    ids.reserve(backups.size);
    for (qsizetype i = 0; i < backups.size; ++i) {
        p.backups << readBackup(backups.at(i), indexPath(QStringLiteral("backups"), i), w);
        if (ids.contains(p.backups.last().id))
            fail(indexPath(QStringLiteral("backups"), i) + QStringLiteral(".id"),
                 Tr::tr("backup id \"%1\" is used twice; ids must be unique").arg(p.backups.last().id));
        ids.insert(p.backups.last().id);
    }
    const QJsonArray plans = r.array(QStringLiteral("plans"));
    QSet<QString> names;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        p.plans << readPlan(plans[i], indexPath(QStringLiteral("plans"), i), w);
        if (names.contains(p.plans.last().name))
            fail(indexPath(QStringLiteral("plans"), i) + QStringLiteral(".name"),
                 Tr::tr("plan name \"%1\" is used twice").arg(p.plans.last().name));
        names.insert(p.plans.last().name);
    }
    p.cfpSnapshots = CfpSnapshotJson::fromJson(r.array(QStringLiteral("cfpSnapshots")), QStringLiteral("cfpSnapshots"), w);
    r.warnUnknown();
    return p;
}

template<typename T, typename F>
std::optional<T> guarded(F f, QString *error)
{
    try {
        return f();
    } catch (const JsonParseError &e) {
        if (error)
            *error = e.message;
        return std::nullopt;
    }
}

} // namespace

namespace {

/// Reads `json` parsing its backups one at a time (JsonArraySplit), or nullopt when the text
/// cannot be split or a piece does not parse: then the whole text is parsed, for its error.
std::optional<LoadResult> readSplit(const QByteArray &json)
{
    // Below a few thousand backups the whole document costs little; the split pays off above.
    constexpr qsizetype splitFrom = 2000;
    const std::optional<JsonArraySplit> split = JsonArraySplit::find(json, "backups");
    if (!split || split->elements.size() < splitFrom)
        return std::nullopt;
    const QByteArray rest = json.left(split->begin) + "[]" + json.mid(split->end);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(rest, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const BackupElements elements{split->elements.size(), [&](qsizetype i) {
        const auto [first, last] = split->elements[i];
        QJsonParseError e;
        const QJsonDocument one = QJsonDocument::fromJson(json.sliced(first, last - first), &e);
        if (e.error != QJsonParseError::NoError || !one.isObject())
            throw SplitFailed{};
        return QJsonValue(one.object());
    }};
    LoadResult result;
    try {
        result.project = guarded<Project>([&] { return readProject(QJsonValue(doc.object()), &result.warnings, &elements); },
                                          &result.error);
    } catch (const SplitFailed &) {
        return std::nullopt;
    }
    return result;
}

} // namespace

LoadResult PlanJsonReader::read(const QByteArray &json)
{
    if (std::optional<LoadResult> split = readSplit(json))
        return std::move(*split);
    LoadResult result;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        // Report line and column, which a text editor can jump to.
        const qsizetype upTo = qMin<qsizetype>(pe.offset, json.size());
        const int line = 1 + json.left(upTo).count('\n');
        const int column = 1 + int(upTo - (json.lastIndexOf('\n', upTo - 1) + 1));
        result.error = Tr::tr("not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(pe.errorString());
        return result;
    }
    result.project = guarded<Project>([&] { return readProject(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), &result.warnings); },
                                      &result.error);
    return result;
}

LoadResult PlanJsonReader::readFile(const QString &path)
{
    QString error;
    const std::optional<QByteArray> bytes = InputFile::read(path, &error);
    if (!bytes) {
        LoadResult r;
        r.error = error;
        return r;
    }
    LoadResult r = read(*bytes);
    if (!r.ok())
        r.error = QStringLiteral("%1: %2").arg(path, r.error);
    return r;
}

std::optional<Database> PlanJsonReader::databaseFromJson(const QJsonValue &v, const QString &path, QString *error, QStringList *w)
{
    return guarded<Database>([&] { return readDatabase(v, path, w); }, error);
}
std::optional<RestoreEnvironment> PlanJsonReader::environmentFromJson(const QJsonValue &v, const QString &, QString *error,
                                                                     QStringList *w)
{
    return guarded<RestoreEnvironment>([&] { return readEnvironment(v, w); }, error);
}
std::optional<TimelineEvent> PlanJsonReader::eventFromJson(const QJsonValue &v, const QString &path, QString *error, QStringList *w)
{
    return guarded<TimelineEvent>([&] { return readEvent(v, path, w); }, error);
}
std::optional<Backup> PlanJsonReader::backupFromJson(const QJsonValue &v, const QString &path, QString *error, QStringList *w)
{
    return guarded<Backup>([&] { return readBackup(v, path, w); }, error);
}
std::optional<QList<CfpSnapshot>> PlanJsonReader::cfpSnapshotsFromJson(const QJsonValue &v, const QString &path,
                                                                      QString *error, QStringList *w)
{
    return guarded<QList<CfpSnapshot>>(
        [&] {
            if (!v.isArray())
                fail(path, Tr::tr("expected an array, found %1").arg(typeName(v)));
            return CfpSnapshotJson::fromJson(v.toArray(), path, w);
        },
        error);
}
std::optional<Plan> PlanJsonReader::planFromJson(const QJsonValue &v, const QString &path, QString *error, QStringList *w)
{
    return guarded<Plan>([&] { return readPlan(v, path, w); }, error);
}

} // namespace rd
