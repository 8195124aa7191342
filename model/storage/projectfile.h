// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/io/loadresult.h"

#include <optional>

/// Reading and writing a project by file name: the JSON plan file (*.json, PlanJsonReader /
/// PlanJsonWriter) or the SQLite project file (*.rdproj, ProjectStore). What the command line's
/// `convert IN OUT` and the designer use; converting either way is lossless except that a JSON
/// plan file does not keep Project::viewState.
namespace rd::ProjectFile {

enum class Kind { Json, Project };

/// The kind named by the extension (case-insensitive: `.json`, `.rdproj`), or nullopt.
std::optional<Kind> kindForPath(const QString &path);

/// Loads by extension; another extension is judged by content (an SQLite header means a project
/// file, anything else is read as JSON). Errors name the path. A path InputFile::refusal() refuses
/// (missing, a directory, a device, FIFO or socket, over 1 GiB) is refused before it is opened.
LoadResult load(const QString &path);

/// Loads bytes already read (standard input, bounded by InputFile::readAll): a project file when
/// they start with the SQLite header, opened from a private temporary copy that is removed
/// afterwards; JSON otherwise. `name` stands for the source in errors and warnings.
LoadResult loadBytes(const QByteArray &bytes, const QString &name);

/// Saves atomically by extension; another extension is an error naming the accepted ones.
/// Returns false with *error set (naming the path) on failure; the previous file is then intact.
/// Either kind is read back first: a project the reader would refuse (it says why) or read as
/// another project is not written.
bool save(const Project &project, const QString &path, QString *error);

} // namespace rd::ProjectFile
