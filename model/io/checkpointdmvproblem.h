// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

namespace rd {

/// Something wrong in a DMV export (CheckpointDmvReader), where a text editor finds it.
struct CheckpointDmvProblem
{
    Q_DECLARE_TR_FUNCTIONS(rd::CheckpointDmvProblem)
public:
    enum class Severity {
        Error,   ///< the import fails: the inventory would be wrong without this row or column
        Warning, ///< read as documented, but worth knowing (a line before the header, a guessed file type)
    };

    Severity severity = Severity::Error;
    int line = 0;        ///< 1-based line of the file; 0 = the file as a whole
    int column = 0;      ///< 1-based character column in that line; 0 = the line as a whole
    QString columnName;  ///< the DMV column the value belongs to (`file_size_in_bytes`), or empty
    QString message;     ///< what is wrong, for the user

    /// "SOURCE, line 7, column 42 (file_size_in_bytes): MESSAGE", leaving out what is unknown.
    QString toString(const QString &source) const;

    bool operator==(const CheckpointDmvProblem &) const = default;
};

} // namespace rd
