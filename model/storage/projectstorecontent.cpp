// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/storage/projectstorecontent.h"

#include "model/io/planjsonreader.h"
#include "model/io/planjsonwriter.h"
#include "model/storage/projectstore.h"
#include "model/storage/sqliteconnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

namespace rd {
namespace {

using Rows = ProjectStoreContent::Rows;

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

[[noreturn]] void fail(const QString &message) { throw ProjectStoreError{message}; }

const QString PlanFormat = QStringLiteral("restore-designer-plan");
const QString ChecksumKey = QStringLiteral("checksum");
/// The CFP snapshots, one JSON array in a row of `project` rather than a table of their own: an
/// older Restore Designer then warns "unknown key ignored" (a table it does not know would go
/// unmentioned), and its checksum, which covers every row of `project`, still matches.
const QString CfpSnapshotsKey = QStringLiteral("cfpSnapshots");
/// The version of Restore Designer that wrote the file (recorded since 0.1.0): a row of `project` for the
/// same reason as the snapshots; a file without it was written before.
const QString WrittenByKey = QStringLiteral("writtenBy");

/// Schema version 1 (see projectstore.h). No STRICT tables: SQLite before 3.37 could not read them.
const char *const Schema[] = {
    "CREATE TABLE project (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
    "CREATE TABLE events (ord INTEGER PRIMARY KEY, data TEXT NOT NULL)",
    "CREATE TABLE backups (ord INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, data TEXT NOT NULL)",
    "CREATE TABLE plans (ord INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, data TEXT NOT NULL)",
    "CREATE TABLE view_state (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
};

Rows select(QSqlDatabase &db, const QString &table, const QString &columns, const QString &order)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns, table, order)))
        fail(Tr::tr("cannot read table \"%1\": %2").arg(table, SqliteConnection::errorText(q.lastError())));
    Rows rows;
    const int n = q.record().count();
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < n; ++i)
            row << q.value(i).toString();
        rows << row;
    }
    if (q.lastError().isValid()) // next() stops on errors too, e.g. a damaged page
        fail(Tr::tr("cannot read table \"%1\": %2").arg(table, SqliteConnection::errorText(q.lastError())));
    return rows;
}

} // namespace

ProjectStoreContent ProjectStoreContent::read(QSqlDatabase &db)
{
    return {select(db, QStringLiteral("project"), QStringLiteral("key, value"), QStringLiteral("key")),
            select(db, QStringLiteral("events"), QStringLiteral("ord, data"), QStringLiteral("ord")),
            select(db, QStringLiteral("backups"), QStringLiteral("ord, id, data"), QStringLiteral("ord")),
            select(db, QStringLiteral("plans"), QStringLiteral("ord, name, data"), QStringLiteral("ord")),
            select(db, QStringLiteral("view_state"), QStringLiteral("key, value"), QStringLiteral("key"))};
}

/// SHA-256 over every row but the checksum itself, each value length-prefixed so that no two
/// different contents feed the same bytes. SQLite checks its own structure (quick_check); this
/// catches damage inside the values, e.g. a changed digit of an LSN, which would still parse.
QString ProjectStoreContent::checksum() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString &s) {
        const QByteArray utf8 = s.toUtf8();
        const quint64 size = qToBigEndian<quint64>(quint64(utf8.size()));
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
        hash.addData(utf8);
    };
    const std::pair<QString, const Rows *> tables[] = {
        {QStringLiteral("project"), &project}, {QStringLiteral("events"), &events},
        {QStringLiteral("backups"), &backups}, {QStringLiteral("plans"), &plans},
        {QStringLiteral("view_state"), &viewState}};
    for (const auto &[name, rows] : tables) {
        for (const QStringList &row : *rows) {
            if (rows == &project && row.value(0) == ChecksumKey)
                continue;
            add(name);
            for (const QString &value : row)
                add(value);
        }
    }
    return QStringLiteral("sha256:") + QString::fromLatin1(hash.result().toHex());
}

QString ProjectStoreContent::storedChecksum() const
{
    for (const QStringList &row : project) {
        if (row[0] == ChecksumKey)
            return row[1];
    }
    return {};
}

QString ProjectStoreContent::writtenBy() const
{
    for (const QStringList &row : project) {
        if (row[0] == WrittenByKey)
            return row[1];
    }
    return {};
}

namespace {

/// A view-state value as JSON text. QJsonDocument writes only arrays and objects, so a scalar is
/// written inside a one-element array whose brackets are then cut off (compact form: "[v]").
QString encodeValue(const QJsonValue &v)
{
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonValue parseJson(const QString &text, const QString &where, bool anyValue = false)
{
    const QByteArray utf8 = anyValue ? '[' + text.toUtf8() + ']' : text.toUtf8();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &pe);
    if (pe.error != QJsonParseError::NoError)
        fail(Tr::tr("%1: not valid JSON at offset %2: %3") // one arg() call: `where` may hold a "%2" of its own
                 .arg(where, QString::number(pe.offset - (anyValue ? 1 : 0)), pe.errorString()));
    if (anyValue) {
        if (doc.array().size() != 1)
            fail(Tr::tr("%1: expected one JSON value").arg(where));
        return doc.array().first();
    }
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

/// Parses one row's JSON (column `column` of row `row`) with a PlanJsonReader part reader; errors
/// and warnings name the table, row and column, then the JSON path inside the value.
template<typename T, typename Reader>
T readPart(Reader reader, const QString &text, const QString &row, const char *column, const QString &jsonPath,
           QStringList *warnings)
{
    const QString where = Tr::tr("%1, column \"%2\"").arg(row, QLatin1String(column));
    const QJsonValue v = parseJson(text, where);
    QString error;
    QStringList partWarnings;
    std::optional<T> part = reader(v, jsonPath, &error, &partWarnings);
    for (const QString &w : std::as_const(partWarnings))
        warnings->append(QStringLiteral("%1: %2").arg(where, w));
    if (!part)
        fail(QStringLiteral("%1: %2").arg(where, error));
    return *part;
}

QString keyedRow(const QString &table, qint64 ord, const char *keyName, const QString &key)
{
    return Tr::tr("%1 row %2 (%3 \"%4\")").arg(table).arg(ord).arg(QLatin1String(keyName), key);
}

} // namespace

Project ProjectStoreContent::parse(QStringList *warnings) const
{
    QHash<QString, QString> top;
    for (const QStringList &row : project)
        top.insert(row[0], row[1]);
    const auto topRow = [](const QString &key) { return Tr::tr("project row \"%1\"").arg(key); };
    const auto required = [&](const QString &key) {
        if (!top.contains(key))
            fail(Tr::tr("%1 is missing").arg(topRow(key)));
        return top.value(key);
    };

    if (const QString format = required(QStringLiteral("format")); format != PlanFormat)
        fail(Tr::tr("%1: expected \"%2\", found \"%3\"").arg(topRow(QStringLiteral("format")), PlanFormat, format.left(60)));
    bool isNumber = false;
    const int version = required(QStringLiteral("version")).toInt(&isNumber);
    if (!isNumber || version < 1)
        fail(Tr::tr("%1: expected a plan format version (1 or more)").arg(topRow(QStringLiteral("version"))));
    if (version > PlanJsonReader::FormatVersion)
        fail(Tr::tr("its content uses plan format version %1, written by a newer Restore Designer; this version reads up to %2")
                 .arg(version).arg(PlanJsonReader::FormatVersion));
    const QStringList known{QStringLiteral("format"),   QStringLiteral("version"),     QStringLiteral("description"),
                            QStringLiteral("database"), QStringLiteral("environment"), CfpSnapshotsKey,
                            WrittenByKey,               ChecksumKey};
    for (auto it = top.cbegin(); it != top.cend(); ++it) {
        if (!known.contains(it.key()))
            warnings->append(Tr::tr("%1: unknown key ignored").arg(topRow(it.key())));
    }

    Project p;
    p.description = top.value(QStringLiteral("description"));
    p.database = readPart<Database>(&PlanJsonReader::databaseFromJson, required(QStringLiteral("database")),
                                    topRow(QStringLiteral("database")), "value", QStringLiteral("database"), warnings);
    if (top.contains(QStringLiteral("environment")))
        p.environment = readPart<RestoreEnvironment>(&PlanJsonReader::environmentFromJson, top.value(QStringLiteral("environment")),
                                                     topRow(QStringLiteral("environment")), "value",
                                                     QStringLiteral("environment"), warnings);
    if (top.contains(CfpSnapshotsKey))
        p.cfpSnapshots = readPart<QList<CfpSnapshot>>(&PlanJsonReader::cfpSnapshotsFromJson, top.value(CfpSnapshotsKey),
                                                      topRow(CfpSnapshotsKey), "value", CfpSnapshotsKey, warnings);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QStringList &row = events[i];
        p.events << readPart<TimelineEvent>(&PlanJsonReader::eventFromJson, row[1], Tr::tr("events row %1").arg(row[0]),
                                            "data", QStringLiteral("events[%1]").arg(i), warnings);
    }
    QSet<QString> ids;
    for (qsizetype i = 0; i < backups.size(); ++i) {
        const QStringList &row = backups[i];
        const QString where = keyedRow(QStringLiteral("backups"), row[0].toLongLong(), "id", row[1]);
        p.backups << readPart<Backup>(&PlanJsonReader::backupFromJson, row[2], where, "data",
                                      QStringLiteral("backups[%1]").arg(i), warnings);
        if (p.backups.last().id != row[1])
            fail(Tr::tr("%1: the id column does not match the backup's id \"%2\"").arg(where, p.backups.last().id));
        if (ids.contains(row[1]))
            fail(Tr::tr("%1: backup id \"%2\" is used twice; ids must be unique").arg(where, row[1]));
        ids.insert(row[1]);
    }
    QSet<QString> names;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const QStringList &row = plans[i];
        const QString where = keyedRow(QStringLiteral("plans"), row[0].toLongLong(), "name", row[1]);
        p.plans << readPart<Plan>(&PlanJsonReader::planFromJson, row[2], where, "data", QStringLiteral("plans[%1]").arg(i),
                                  warnings);
        if (p.plans.last().name != row[1])
            fail(Tr::tr("%1: the name column does not match the plan's name \"%2\"").arg(where, p.plans.last().name));
        if (names.contains(row[1]))
            fail(Tr::tr("%1: plan name \"%2\" is used twice").arg(where, row[1]));
        names.insert(row[1]);
    }
    for (const QStringList &row : viewState)
        p.viewState.insert(row[0], parseJson(row[1], Tr::tr("view_state row \"%1\"").arg(row[0]), true));
    return p;
}

namespace {

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        fail(SqliteConnection::errorText(q.lastError()));
}

void insert(QSqlDatabase &db, const QString &where, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        fail(SqliteConnection::errorText(q.lastError()));
    for (const QVariant &v : values) // QtSql binds a null QString as NULL: bind "" instead
        q.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
    if (!q.exec())
        fail(QStringLiteral("%1: %2").arg(where, SqliteConnection::errorText(q.lastError())));
}

} // namespace

void ProjectStoreContent::write(QSqlDatabase &db, const Project &p, const QString &writtenBy)
{
    // A scratch file, copied whole afterwards: no rollback journal file, no fsync.
    exec(db, QStringLiteral("PRAGMA journal_mode = MEMORY"));
    exec(db, QStringLiteral("PRAGMA synchronous = OFF"));
    if (!db.transaction())
        fail(SqliteConnection::errorText(db.lastError()));
    for (const char *statement : Schema)
        exec(db, QString::fromLatin1(statement));
    exec(db, QStringLiteral("PRAGMA application_id = %1").arg(ProjectStore::ApplicationId));
    exec(db, QStringLiteral("PRAGMA user_version = %1").arg(ProjectStore::SchemaVersion));

    const QString intoProject = QStringLiteral("INSERT INTO project (key, value) VALUES (?, ?)");
    const auto topRow = [](const QString &key) { return Tr::tr("project row \"%1\"").arg(key); };
    insert(db, topRow(QStringLiteral("format")), intoProject, {QStringLiteral("format"), PlanFormat});
    insert(db, topRow(QStringLiteral("version")), intoProject,
           {QStringLiteral("version"), QString::number(PlanJsonReader::FormatVersion)});
    insert(db, topRow(QStringLiteral("description")), intoProject, {QStringLiteral("description"), p.description});
    if (!writtenBy.isEmpty())
        insert(db, topRow(WrittenByKey), intoProject, {WrittenByKey, writtenBy});
    insert(db, topRow(QStringLiteral("database")), intoProject,
           {QStringLiteral("database"), compact(PlanJsonWriter::toJson(p.database))});
    insert(db, topRow(QStringLiteral("environment")), intoProject,
           {QStringLiteral("environment"), compact(PlanJsonWriter::toJson(p.environment))});
    if (!p.cfpSnapshots.isEmpty()) // a project without snapshots is written as before them
        insert(db, topRow(CfpSnapshotsKey), intoProject, {CfpSnapshotsKey, compact(PlanJsonWriter::toJson(p.cfpSnapshots))});
    for (qsizetype i = 0; i < p.events.size(); ++i)
        insert(db, Tr::tr("events row %1").arg(i + 1), QStringLiteral("INSERT INTO events (ord, data) VALUES (?, ?)"),
               {i + 1, compact(PlanJsonWriter::toJson(p.events[i]))});
    for (qsizetype i = 0; i < p.backups.size(); ++i)
        insert(db, keyedRow(QStringLiteral("backups"), i + 1, "id", p.backups[i].id),
               QStringLiteral("INSERT INTO backups (ord, id, data) VALUES (?, ?, ?)"),
               {i + 1, p.backups[i].id, compact(PlanJsonWriter::toJson(p.backups[i]))});
    for (qsizetype i = 0; i < p.plans.size(); ++i)
        insert(db, keyedRow(QStringLiteral("plans"), i + 1, "name", p.plans[i].name),
               QStringLiteral("INSERT INTO plans (ord, name, data) VALUES (?, ?, ?)"),
               {i + 1, p.plans[i].name, compact(PlanJsonWriter::toJson(p.plans[i]))});
    for (auto it = p.viewState.constBegin(); it != p.viewState.constEnd(); ++it)
        insert(db, Tr::tr("view_state row \"%1\"").arg(it.key()),
               QStringLiteral("INSERT INTO view_state (key, value) VALUES (?, ?)"), {it.key(), encodeValue(it.value())});
    // Computed from the rows as SQLite returns them, exactly as open() will.
    insert(db, topRow(ChecksumKey), intoProject, {ChecksumKey, read(db).checksum()});
    if (!db.commit())
        fail(SqliteConnection::errorText(db.lastError()));
}

} // namespace rd
