// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/checkpointfile.h"
#include "model/io/checkpointdmvproblem.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace rd {

/// What CheckpointDmvReader made of a DMV export: the inventory, or nothing when any problem is
/// an error, and every problem found (errors and warnings, in file order).
struct CheckpointDmvImport
{
    QString source; ///< the file name (or what the caller called the bytes), for messages
    std::optional<CheckpointInventory> inventory;
    QList<CheckpointDmvProblem> problems;

    bool ok() const { return inventory.has_value(); }
    /// Every problem as CheckpointDmvProblem::toString() words it, naming `source`.
    QStringList messages() const
    {
        QStringList out;
        for (const CheckpointDmvProblem &p : problems)
            out << p.toString(source);
        return out;
    }
    /// Only the errors, worded the same way.
    QStringList errors() const
    {
        QStringList out;
        for (const CheckpointDmvProblem &p : problems)
            if (p.severity == CheckpointDmvProblem::Severity::Error)
                out << p.toString(source);
        return out;
    }
};

} // namespace rd
