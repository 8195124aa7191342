// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/storage/projectfile.h"

#include "model/io/inputfile.h"
#include "model/io/planjsonreader.h"
#include "model/io/planjsonwriter.h"
#include "model/storage/projectstore.h"
#include "model/storage/sqliteheader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace rd::ProjectFile {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
};

LoadResult failure(const QString &error)
{
    LoadResult result;
    result.error = error;
    return result;
}

} // namespace

std::optional<Kind> kindForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return Kind::Json;
    if (suffix.compare(ProjectStore::fileSuffix(), Qt::CaseInsensitive) == 0)
        return Kind::Project;
    return std::nullopt;
}

LoadResult load(const QString &path)
{
    // Sniffing would open the file: a FIFO could block it, and what it consumed would be lost.
    if (const QString why = InputFile::refusal(path); !why.isEmpty())
        return failure(QStringLiteral("%1: %2").arg(path, why));
    const Kind kind = kindForPath(path).value_or(SqliteHeader::fileHasMagic(path) ? Kind::Project : Kind::Json);
    if (kind == Kind::Project)
        return ProjectStore::open(path);
    LoadResult result = PlanJsonReader::readFile(path);
    if (!result.ok() && SqliteHeader::fileHasMagic(path))
        result.error = Tr::tr("%1 (the file is an SQLite database: project files use the .%2 extension)")
                           .arg(result.error, ProjectStore::fileSuffix());
    return result;
}

LoadResult loadBytes(const QByteArray &bytes, const QString &name)
{
    if (!SqliteHeader::hasMagic(bytes)) {
        LoadResult result = PlanJsonReader::read(bytes);
        if (!result.ok())
            result.error = QStringLiteral("%1: %2").arg(name, result.error);
        return result;
    }
    // SQLite reads files, not memory.
    const QTemporaryDir scratch;
    if (!scratch.isValid())
        return failure(Tr::tr("%1: cannot create a temporary directory: %2").arg(name, scratch.errorString()));
    const QString copy = scratch.filePath(QStringLiteral("input.") + ProjectStore::fileSuffix());
    QFile file(copy);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return failure(Tr::tr("%1: cannot copy it to %2: %3").arg(name, copy, file.errorString()));
    file.close();
    LoadResult result = ProjectStore::open(copy);
    result.error.replace(copy, name);
    for (QString &warning : result.warnings)
        warning.replace(copy, name);
    return result;
}

bool save(const Project &project, const QString &path, QString *error)
{
    const std::optional<Kind> kind = kindForPath(path);
    if (!kind) {
        if (error)
            *error = Tr::tr("cannot save %1: unknown file type; use .json (plan file) or .%2 (project file)")
                         .arg(path, ProjectStore::fileSuffix());
        return false;
    }
    if (*kind == Kind::Project)
        return ProjectStore::save(project, path, error);
    // As for a project file (ProjectStore::save): a plan the reader would refuse, or read as another
    // project, must not replace the previous file (the designer can make one: two filegroups of one name).
    const LoadResult back = PlanJsonReader::read(PlanJsonWriter::write(project));
    Project expected = project;
    expected.viewState = {}; // a plan file does not keep it
    if (!back.ok() || !(*back.project == expected)) {
        if (error)
            *error = back.ok() ? Tr::tr("cannot save %1: the plan would not read back unchanged").arg(path)
                               : Tr::tr("cannot save %1: the plan would not read back: %2").arg(path, back.error);
        return false;
    }
    return PlanJsonWriter::writeFile(project, path, error);
}

} // namespace rd::ProjectFile
