// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rd {

/// Rows of one export file that an importer read but left out of the project, all for the same
/// reason (a mirror, another database, a backup set already read): nothing is dropped silently.
struct HistorySkippedRows
{
    Q_DECLARE_TR_FUNCTIONS(rd::HistorySkippedRows)
public:
    QString source;   ///< the file
    QString reason;   ///< why, for the user ("mirror 1 of the media set: only mirror 0 is read")
    QList<int> lines; ///< 1-based lines of the rows, ascending

    /// "SOURCE, lines 4-9, 12 (7 rows): REASON": consecutive lines as ranges, at most
    /// `maxRanges` of them (then "… and N more").
    QString toString(int maxRanges = 20) const;

    bool operator==(const HistorySkippedRows &) const = default;
};

} // namespace rd
