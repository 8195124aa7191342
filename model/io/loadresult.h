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

    bool ok() const { return project.has_value(); }
};

} // namespace rd
