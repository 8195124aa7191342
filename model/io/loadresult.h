// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"

#include <optional>

namespace rd {

/// The outcome of reading a plan file or project file. Exactly one of `project` / `error` is set.
struct LoadResult
{
    std::optional<Project> project;
    QString error;        ///< what is wrong and where (JSON path, table/row), for the user
    QStringList warnings; ///< e.g. unknown fields that were ignored
    /// The version of Restore Designer that wrote the file (a project file's "writtenBy", e.g.
    /// "0.2.0"); empty when the file does not say (JSON plans, project files written before 0.2).
    QString writtenBy;

    bool ok() const { return project.has_value(); }
};

} // namespace rd
