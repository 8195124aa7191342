// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/io/loadresult.h"

namespace rd {

/// The SQLite project file (*.rdproj): the same content as the JSON plan plus the view state.
///
/// Schema versioned with `PRAGMA user_version` and marked with a fixed `PRAGMA application_id`.
/// save() is atomic: the new file is built beside the target under a hidden name (ScratchFile),
/// checked, then copied over it through AtomicWrite, so a failed or interrupted save leaves the
/// previous file intact. open() refuses, with a message naming the file and what
/// is wrong, a file that is not a project (not SQLite, or another application's database), a
/// corrupt one, or one from a newer version, and never changes the file it reads.
///
/// Schema version 1 (`PRAGMA application_id = 0x52445347`, `PRAGMA user_version = 1`); each part is
/// one compact JSON object per row, written and read by PlanJsonWriter / PlanJsonReader:
///
///     project    (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)
///                -- "format" = restore-designer-plan, "version" = plan format version of the rows,
///                -- "description" (plain text), "database" (JSON), "environment" (JSON),
///                -- "cfpSnapshots" (a JSON array, only when there are snapshots),
///                -- "writtenBy" = the version of Restore Designer that saved it, e.g. "0.2.0"
///                --   (since 0.1.0, the first release; an older build warns "unknown key ignored" and reads on),
///                -- "checksum" = sha256:<hex> over all other rows
///     events     (ord INTEGER PRIMARY KEY, data TEXT NOT NULL)
///     backups    (ord INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, data TEXT NOT NULL)
///     plans      (ord INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, data TEXT NOT NULL)
///     view_state (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)
///                -- Project::viewState: one row per top-level key, its value as JSON text
///
/// `ord` is the 1-based position in the Project's list (row 3 is backups[2]). The checksum covers
/// damage inside values that SQLite's own `PRAGMA quick_check` cannot see (a changed LSN digit);
/// it also means a project file is not meant to be edited by hand: the JSON plan file is.
class ProjectStore
{
public:
    static constexpr int SchemaVersion = 1;
    static constexpr qint32 ApplicationId = 0x52445347; ///< "RDSG"
    static QString fileSuffix() { return QStringLiteral("rdproj"); }

    /// Reads a project file. Errors start with the path, then the reason: missing file, directory,
    /// not a regular file or over 1 GiB (InputFile::refusal), not a project (not SQLite, another application's database), newer schema, damaged
    /// (truncated, integrity check, checksum), or a bad row named by table and row.
    /// LoadResult::writtenBy is the file's "writtenBy" row (empty in files written before 0.2);
    /// when it names a newer version than `ourVersion` (empty: QCoreApplication::applicationVersion()),
    /// a warning says so: the file still reads, but what the newer version added may be ignored.
    static LoadResult open(const QString &path, const QString &ourVersion = {});
    /// Builds the file beside `path` (ScratchFile, after removing what killed saves left there),
    /// reads it back (it must give back `project`), removes it, then writes its bytes over `path`
    /// (AtomicWrite). Returns false with *error set (naming the path and the reason: SQLite's or
    /// the system's, e.g. "No space left on device") on failure; `path` is then unchanged and
    /// nothing is left beside it.
    /// The project row "writtenBy" records `writtenBy`, the writing program's version (empty:
    /// QCoreApplication::applicationVersion(), i.e. CMake's project(VERSION), set by main(); no row
    /// when both are empty).
    static bool save(const Project &project, const QString &path, QString *error, const QString &writtenBy = {});
};

} // namespace rd
