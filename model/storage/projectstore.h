#pragma once

#include "model/io/loadresult.h"

namespace rd {

/// The SQLite project file (*.rdproj): the same content as the JSON plan plus the view state.
///
/// Schema versioned with `PRAGMA user_version` and marked with a fixed `PRAGMA application_id`.
/// save() is atomic: the new file is built aside and swapped in (QSaveFile), so an interrupted
/// save leaves the previous file intact. open() refuses, with a message naming the file and what
/// is wrong, a file that is not a project (not SQLite, or another application's database), a
/// corrupt one, or one from a newer version, and never changes the file it reads.
class ProjectStore
{
public:
    static constexpr int SchemaVersion = 1;
    static constexpr qint32 ApplicationId = 0x52445347; ///< "RDSG"
    static QString fileSuffix() { return QStringLiteral("rdproj"); }

    static LoadResult open(const QString &path);
    /// Returns false with *error set (naming the path) on failure.
    static bool save(const Project &project, const QString &path, QString *error);
};

} // namespace rd
