// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/storage/projectstore.h"

#include "model/io/atomicwrite.h"
#include "model/io/inputfile.h"
#include "model/io/scratchfile.h"
#include "model/storage/projectstorecontent.h"
#include "model/storage/sqliteconnection.h"
#include "model/storage/sqliteheader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVersionNumber>
#include <QtEndian>

namespace rd {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

[[noreturn]] void fail(const QString &message) { throw ProjectStoreError{message}; }

QString hex32(qint32 v)
{
    return QStringLiteral("0x") + QString::number(quint32(v), 16).toUpper().rightJustified(8, u'0');
}

/// Identity and size from the header bytes alone: a file that is not ours never reaches SQLite.
void checkHeader(const QByteArray &head, qint64 size)
{
    const QString notProject = Tr::tr("not a Restore Designer project: %1");
    if (size == 0)
        fail(notProject.arg(Tr::tr("the file is empty")));
    if (!SqliteHeader::hasMagic(head)) {
        const QByteArray text = head.startsWith("\xEF\xBB\xBF") ? head.mid(3).trimmed() : head.trimmed();
        if (text.startsWith('{'))
            fail(notProject.arg(Tr::tr("it is not an SQLite database but looks like a JSON plan file (plan files use the .json extension)")));
        fail(notProject.arg(Tr::tr("it is not an SQLite database")));
    }
    if (size < SqliteHeader::Size)
        fail(Tr::tr("the file is damaged: truncated to %1 bytes, shorter than an SQLite header").arg(size));
    const SqliteHeader header(head);
    if (header.applicationId() != ProjectStore::ApplicationId) {
        QByteArray tag(4, '\0');
        qToBigEndian<quint32>(quint32(header.applicationId()), tag.data());
        const bool printable = std::all_of(tag.cbegin(), tag.cend(), [](char ch) { return ch >= 0x20 && ch < 0x7f; });
        fail(notProject.arg(Tr::tr("it is an SQLite database of another application (application_id %1%2; a project has %3)")
                                .arg(hex32(header.applicationId()),
                                     printable ? QStringLiteral(" \"%1\"").arg(QString::fromLatin1(tag)) : QString(),
                                     hex32(ProjectStore::ApplicationId))));
    }
    if (header.userVersion() > ProjectStore::SchemaVersion)
        fail(Tr::tr("written by a newer Restore Designer (schema %1); this version reads up to %2")
                 .arg(header.userVersion()).arg(ProjectStore::SchemaVersion));
    if (header.userVersion() < 1)
        fail(notProject.arg(Tr::tr("its schema version (user_version) is %1; project files start at 1").arg(header.userVersion())));
    const quint32 page = header.pageSize();
    if (page == 0)
        fail(Tr::tr("the file is damaged: its header gives no valid page size"));
    if (size % page != 0)
        fail(Tr::tr("the file is damaged: %1 bytes is not a whole number of %2-byte pages (truncated?)").arg(size).arg(page));
    if (const auto pages = header.pageCount(); pages && size < qint64(*pages) * page)
        fail(Tr::tr("the file is damaged: truncated to %1 bytes; its header says %2 pages of %3 bytes")
                 .arg(size).arg(*pages).arg(page));
}

void checkIntegrity(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(5)")))
        fail(Tr::tr("the file is damaged: %1").arg(SqliteConnection::errorText(q.lastError())));
    QStringList problems;
    while (q.next()) {
        // Lines look like "*** in database main ***\nPage 5: btreeInitPage() returns error code 11".
        const QString line = q.value(0).toString().remove(QLatin1String("*** in database main ***")).simplified();
        if (line != QLatin1String("ok") && !line.isEmpty())
            problems << line;
    }
    if (q.lastError().isValid())
        problems << SqliteConnection::errorText(q.lastError());
    if (!problems.isEmpty())
        fail(Tr::tr("the file is damaged (SQLite integrity check: %1)").arg(problems.join(QStringLiteral("; "))));
}

void checkTables(QSqlDatabase &db)
{
    const QStringList present = db.tables(QSql::Tables);
    for (const char *table : ProjectStoreContent::Tables) {
        if (!present.contains(QLatin1String(table)))
            fail(Tr::tr("not a Restore Designer project: table \"%1\" is missing").arg(QLatin1String(table)));
    }
}

Project readStore(const QString &path, QStringList *warnings, QString *writtenBy = nullptr)
{
    // Before opening: a FIFO without a writer would block, a device would never end.
    if (const QString why = InputFile::refusal(path); !why.isEmpty())
        fail(why);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(Tr::tr("cannot read the file: %1").arg(file.errorString()));
    const QByteArray head = file.read(SqliteHeader::Size);
    const qint64 size = file.size();
    file.close();
    checkHeader(head, size);

    SqliteConnection connection; // outlives every query below
    QString why;
    if (!connection.open(path, true, &why))
        fail(Tr::tr("SQLite cannot open it: %1").arg(why));
    checkIntegrity(connection.database());
    checkTables(connection.database());
    const ProjectStoreContent content = ProjectStoreContent::read(connection.database());
    Project project = content.parse(warnings); // first, so that a bad row is named
#ifndef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
    // Only the fuzzing build (RD_FUZZ) skips this: a fuzzer cannot forge a SHA-256, and the
    // projects it mutates should reach the analysis too (tests/fuzz/README.md).
    const QString stored = content.storedChecksum();
    if (stored.isNull())
        fail(Tr::tr("the file is damaged: its content checksum is missing"));
    if (stored != content.checksum())
        fail(Tr::tr("the file is damaged: its content does not match the checksum stored with it"));
#endif
    if (writtenBy)
        *writtenBy = content.writtenBy();
    return project;
}

} // namespace

LoadResult ProjectStore::open(const QString &path, const QString &ourVersion)
{
    LoadResult result;
    try {
        result.project = readStore(path, &result.warnings, &result.writtenBy);
    } catch (const ProjectStoreError &e) {
        result.error = QStringLiteral("%1: %2").arg(path, e.message);
        return result;
    }
    // The schema and plan format decide whether a file reads (checked above); a newer program that
    // kept them may still have added what this one does not know, so say so without refusing.
    const QString ours = ourVersion.isEmpty() ? QCoreApplication::applicationVersion() : ourVersion;
    const QVersionNumber theirs = QVersionNumber::fromString(result.writtenBy);
    if (!theirs.isNull() && !ours.isEmpty() && QVersionNumber::compare(theirs, QVersionNumber::fromString(ours)) > 0)
        result.warnings << Tr::tr("written by Restore Designer %1, newer than this version (%2): it reads, but what "
                                  "the newer version added may be ignored, and saving here drops it")
                               .arg(result.writtenBy, ours);
    return result;
}

bool ProjectStore::save(const Project &project, const QString &path, QString *error, const QString &writtenBy)
{
    const auto failed = [&](const QString &why) {
        if (error)
            *error = Tr::tr("cannot save %1: %2").arg(path, why);
        return false;
    };
    // Built beside `path` under a hidden name of its own, never in the temporary folder: every
    // failure below removes it (~ScratchFile) without touching `path`, and what a killed save
    // left there is removed first.
    ScratchFile::removeStale(path);
    QByteArray bytes;
    {
        ScratchFile scratch(path);
        if (!scratch.isValid())
            return failed(Tr::tr("cannot create a file beside it: %1").arg(scratch.errorString()));
        const QString built = scratch.fileName();
        try {
            SqliteConnection connection; // closed before the scratch file is removed
            QString why;
            if (!connection.open(built, false, &why))
                fail(Tr::tr("SQLite cannot create the file: %1").arg(why));
            ProjectStoreContent::write(connection.database(), project,
                                       writtenBy.isEmpty() ? QCoreApplication::applicationVersion() : writtenBy);
        } catch (const ProjectStoreError &e) {
            return failed(e.message);
        }
        // A file that would not open, or would give back a different project, must not replace the previous one.
        try {
            QStringList warnings;
            if (readStore(built, &warnings) != project)
                return failed(Tr::tr("the project would not read back unchanged"));
        } catch (const ProjectStoreError &e) {
            return failed(Tr::tr("the project would not read back: %1").arg(e.message));
        }
        QFile in(built);
        if (in.open(QIODevice::ReadOnly))
            bytes = in.readAll();
        if (in.error() != QFileDevice::NoError || bytes.size() != in.size())
            return failed(Tr::tr("cannot read back %1: %2").arg(built, in.errorString()));
    } // the scratch file goes before its copy takes the same room again
    return AtomicWrite::writeFile(path, bytes, error);
}

} // namespace rd
