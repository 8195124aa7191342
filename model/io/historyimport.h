// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"
#include "model/io/historyimportproblem.h"
#include "model/io/historyskippedrows.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace rd {

/// What an importer of backup history (HistoryImporter: msdb exports, dbatools exports, backup
/// file headers) made of one or more files: the project, or nothing when any problem is an error
/// or the user cancelled; every problem (errors and warnings, in file order), every row read but
/// left out and why, and notes on what was inferred (docs/import-msdb.md).
struct HistoryImport
{
    std::optional<Project> project;
    QList<HistoryImportProblem> problems;
    QList<HistorySkippedRows> skipped;
    QStringList notes;     ///< what the import inferred or could not know (time zone, edition, …)
    QStringList databases; ///< every database_name found, in the order first met
    qsizetype rowsRead = 0; ///< data rows read, skipped ones included
    bool cancelled = false; ///< ImportProgress asked to stop: no project, no problem reported

    bool ok() const { return project.has_value(); }
    /// Every problem as HistoryImportProblem::toString() words it.
    QStringList messages() const
    {
        QStringList out;
        for (const HistoryImportProblem &p : problems)
            out << p.toString();
        return out;
    }
    /// Only the errors, worded the same way.
    QStringList errors() const
    {
        QStringList out;
        for (const HistoryImportProblem &p : problems)
            if (p.severity == HistoryImportProblem::Severity::Error)
                out << p.toString();
        return out;
    }
};

} // namespace rd
