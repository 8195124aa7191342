#include "model/io/planjsonreader.h"

#include "model/domain/plantime.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <cmath>
#include <limits>

namespace rd {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanJsonReader)
};

/// Thrown inside this file only; every public entry point catches it.
struct ParseError
{
    QString message;
};

[[noreturn]] void fail(const QString &path, const QString &what)
{
    throw ParseError{QStringLiteral("%1: %2").arg(path.isEmpty() ? QStringLiteral("(top level)") : path, what)};
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

/// Reads one JSON object, remembering which keys were used so the rest can be reported.
class ObjectReader
{
public:
    ObjectReader(const QJsonValue &v, QString path, QStringList *warnings)
        : m_path(std::move(path)), m_warnings(warnings)
    {
        if (!v.isObject())
            fail(m_path, Tr::tr("expected an object, found %1").arg(typeName(v)));
        m_object = v.toObject();
    }

    QString sub(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    bool has(const QString &key) { m_used.insert(key); return m_object.contains(key); }

    QJsonValue value(const QString &key, bool required)
    {
        m_used.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && required)
            fail(sub(key), Tr::tr("required field is missing"));
        return v;
    }

    QString string(const QString &key, bool required = false, const QString &def = {})
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return def;
        if (!v.isString())
            fail(sub(key), Tr::tr("expected a string, found %1").arg(typeName(v)));
        return v.toString();
    }

    QString nonEmptyString(const QString &key, bool required = true)
    {
        const QString s = string(key, required);
        if (required && s.isEmpty())
            fail(sub(key), Tr::tr("must not be empty"));
        return s;
    }

    bool boolean(const QString &key, bool def = false)
    {
        const QJsonValue v = value(key, false);
        if (v.isUndefined())
            return def;
        if (!v.isBool())
            fail(sub(key), Tr::tr("expected true or false, found %1").arg(typeName(v)));
        return v.toBool();
    }

    /// A whole number from min to max. JSON numbers arrive as doubles, exact only up to 2^53.
    qint64 integer(const QString &key, qint64 def, qint64 min, qint64 max = qint64(1) << 53)
    {
        const QJsonValue v = value(key, false);
        if (v.isUndefined())
            return def;
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::trunc(d))
            fail(sub(key), Tr::tr("expected a whole number, found %1").arg(v.isDouble() ? QString::number(d) : typeName(v)));
        // The range is checked on the double: converting one beyond qint64 is undefined behaviour.
        const QString found = QString::number(d, 'g', QLocale::FloatingPointShortest);
        if (d < static_cast<double>(min))
            fail(sub(key), Tr::tr("must be at least %1, found %2").arg(min).arg(found));
        if (d > static_cast<double>(max))
            fail(sub(key), Tr::tr("must be at most %1, found %2").arg(max).arg(found));
        return static_cast<qint64>(d);
    }

    QStringList stringList(const QString &key)
    {
        const QJsonValue v = value(key, false);
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            fail(sub(key), Tr::tr("expected an array of strings, found %1").arg(typeName(v)));
        QStringList out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a[i].isString())
                fail(QStringLiteral("%1[%2]").arg(sub(key)).arg(i), Tr::tr("expected a string, found %1").arg(typeName(a[i])));
            out << a[i].toString();
        }
        return out;
    }

    Lsn lsn(const QString &key)
    {
        const QJsonValue v = value(key, false);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(sub(key), Tr::tr("an LSN must be a string of digits (numeric(25,0)), not %1: "
                              "JSON numbers lose precision beyond 2^53").arg(typeName(v)));
        QString why;
        const auto l = Lsn::parse(v.toString(), &why);
        if (!l)
            fail(sub(key), why);
        return *l;
    }

    QDateTime time(const QString &key, bool required = false)
    {
        const QString s = string(key, required);
        if (s.isEmpty() && !required)
            return {};
        const auto t = PlanTime::parse(s);
        if (!t)
            fail(sub(key), Tr::tr("\"%1\" is not a time; expected YYYY-MM-DDTHH:MM:SS[.fff]").arg(s.left(60)));
        return *t;
    }

    template<typename E>
    E enumeration(const QString &key, std::optional<E> (*parse)(const QString &), QStringList words,
                  std::optional<E> def = std::nullopt)
    {
        const QString s = string(key, !def.has_value());
        if (s.isEmpty() && def)
            return *def;
        const auto e = parse(s);
        if (!e)
            fail(sub(key), Tr::tr("\"%1\" is not one of %2").arg(s.left(60), words.join(QStringLiteral(", "))));
        return *e;
    }

    QJsonArray array(const QString &key, bool required = false)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            fail(sub(key), Tr::tr("expected an array, found %1").arg(typeName(v)));
        return v.toArray();
    }

    /// Call last: every key nobody asked for is reported once.
    void warnUnknown() const
    {
        if (!m_warnings)
            return;
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!m_used.contains(it.key()))
                m_warnings->append(Tr::tr("%1: unknown field ignored").arg(sub(it.key())));
    }

    const QString &path() const { return m_path; }

private:
    QJsonObject m_object;
    QString m_path;
    QStringList *m_warnings;
    QSet<QString> m_used;
};

QString indexPath(const QString &base, qsizetype i) { return QStringLiteral("%1[%2]").arg(base).arg(i); }

DataFile readFile(const QJsonValue &v, const QString &path, QStringList *w)
{
    ObjectReader r(v, path, w);
    DataFile f;
    f.name = r.nonEmptyString(QStringLiteral("name"));
    f.path = r.string(QStringLiteral("path"));
    f.sizeBytes = r.integer(QStringLiteral("sizeBytes"), 0, 0);
    r.warnUnknown();
    return f;
}

QList<DataFile> readFiles(ObjectReader &r, const QString &key, QStringList *w)
{
    QList<DataFile> out;
    const QJsonArray a = r.array(key);
    for (qsizetype i = 0; i < a.size(); ++i)
        out << readFile(a[i], indexPath(r.sub(key), i), w);
    return out;
}

Database readDatabase(const QJsonValue &v, const QString &path, QStringList *w)
{
    ObjectReader r(v, path, w);
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
    QSet<QString> seenFilegroups, seenFiles;
    for (qsizetype i = 0; i < fgs.size(); ++i) {
        ObjectReader f(fgs[i], indexPath(fgPath, i), w);
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
        for (qsizetype k = 0; k < fg.files.size(); ++k) {
            if (seenFiles.contains(fg.files[k].name.toCaseFolded()))
                fail(QStringLiteral("%1.files[%2].name").arg(f.path()).arg(k),
                     Tr::tr("logical file name \"%1\" is used twice").arg(fg.files[k].name));
            seenFiles.insert(fg.files[k].name.toCaseFolded());
        }
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
    ObjectReader r(v, QStringLiteral("environment"), w);
    e.serverVersion = r.string(QStringLiteral("serverVersion"));
    e.databaseExists = r.boolean(QStringLiteral("databaseExists"), true);
    e.availabilityGroup = r.boolean(QStringLiteral("availabilityGroup"));
    e.mirrored = r.boolean(QStringLiteral("mirrored"));
    e.certificatesAvailable = r.boolean(QStringLiteral("certificatesAvailable"));
    e.lightweightPooling = r.boolean(QStringLiteral("lightweightPooling"));
    e.memoryAvailableBytes = r.integer(QStringLiteral("memoryAvailableBytes"), 0, 0);
    e.memoryOptimizedLoadBytesPerSecond = r.integer(QStringLiteral("memoryOptimizedLoadBytesPerSecond"), 0, 0);
    e.filestreamOnNtfs = r.boolean(QStringLiteral("filestreamOnNtfs"), true);
    r.warnUnknown();
    return e;
}

TimelineEvent readEvent(const QJsonValue &v, const QString &path, QStringList *w)
{
    ObjectReader r(v, path, w);
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
    ObjectReader r(v, path, w);
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
    b.softwareVersion = r.string(QStringLiteral("softwareVersion"));
    b.hasBulkLoggedData = r.boolean(QStringLiteral("hasBulkLoggedData"));
    b.hasIncompleteMetadata = r.boolean(QStringLiteral("hasIncompleteMetadata"));
    b.damaged = r.boolean(QStringLiteral("damaged"));
    b.failed = r.boolean(QStringLiteral("failed"));
    b.encrypted = r.boolean(QStringLiteral("encrypted"));
    b.snapshot = r.boolean(QStringLiteral("snapshot"));
    b.media = r.stringList(QStringLiteral("media"));
    constexpr qint64 intMax = std::numeric_limits<int>::max();
    b.mediaFamilyCount = static_cast<int>(r.integer(QStringLiteral("mediaFamilyCount"), 0, 0, intMax));
    b.position = static_cast<int>(r.integer(QStringLiteral("position"), 1, 1, intMax));
    b.sizeBytes = r.integer(QStringLiteral("sizeBytes"), 0, 0);
    b.maxTransferSize = r.integer(QStringLiteral("maxTransferSize"), 0, 0);
    r.warnUnknown();
    return b;
}

PlanStep readStep(const QJsonValue &v, const QString &path, QStringList *w)
{
    ObjectReader r(v, path, w);
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
            ObjectReader mr(m, r.sub(key), w);
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
        ObjectReader mr(moves[i], indexPath(r.sub(QStringLiteral("move")), i), w);
        s.move << FileMove{mr.nonEmptyString(QStringLiteral("file")), mr.nonEmptyString(QStringLiteral("to"))};
        mr.warnUnknown();
    }
    s.norecovery = r.boolean(QStringLiteral("norecovery"));
    s.noTruncate = r.boolean(QStringLiteral("noTruncate"));
    s.keepReplication = r.boolean(QStringLiteral("keepReplication"));
    s.keepCdc = r.boolean(QStringLiteral("keepCdc"));
    s.restrictedUser = r.boolean(QStringLiteral("restrictedUser"));
    s.maxTransferSize = r.integer(QStringLiteral("maxTransferSize"), 0, 0);
    r.warnUnknown();
    return s;
}

Plan readPlan(const QJsonValue &v, const QString &path, QStringList *w)
{
    ObjectReader r(v, path, w);
    Plan p;
    p.name = r.nonEmptyString(QStringLiteral("name"));
    const QJsonValue t = r.value(QStringLiteral("target"), false);
    if (!t.isUndefined() && !t.isNull()) {
        ObjectReader tr_(t, r.sub(QStringLiteral("target")), w);
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

Project readProject(const QJsonValue &root, QStringList *w)
{
    ObjectReader r(root, QString(), w);
    const QString format = r.string(QStringLiteral("format"), true);
    if (format != QLatin1String("restore-designer-plan"))
        fail(QStringLiteral("format"), Tr::tr("\"%1\" is not a Restore Designer plan (expected \"restore-designer-plan\")").arg(format.left(60)));
    const qint64 version = r.integer(QStringLiteral("version"), 0, 0);
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
    const QJsonArray backups = r.array(QStringLiteral("backups"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < backups.size(); ++i) {
        p.backups << readBackup(backups[i], indexPath(QStringLiteral("backups"), i), w);
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
    r.warnUnknown();
    return p;
}

template<typename T, typename F>
std::optional<T> guarded(F f, QString *error)
{
    try {
        return f();
    } catch (const ParseError &e) {
        if (error)
            *error = e.message;
        return std::nullopt;
    }
}

} // namespace

LoadResult PlanJsonReader::read(const QByteArray &json)
{
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
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        LoadResult r;
        r.error = Tr::tr("cannot open %1: %2").arg(path, f.errorString());
        return r;
    }
    LoadResult r = read(f.readAll());
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
std::optional<Plan> PlanJsonReader::planFromJson(const QJsonValue &v, const QString &path, QString *error, QStringList *w)
{
    return guarded<Plan>([&] { return readPlan(v, path, w); }, error);
}

} // namespace rd
