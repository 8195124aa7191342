// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/io/msdbbackupset.h"

#include <QCoreApplication>
#include <QStringList>

#include <deque>

namespace rd {

/// The rule every history importer applies once its records are read: the backup sets kept must
/// be of exactly one database (names compared ignoring case, as SQL Server does).
class HistoryDatabaseChoice
{
    Q_DECLARE_TR_FUNCTIONS(rd::HistoryDatabaseChoice)
public:
    /// Empty when `sets` hold one database; else why not, for the user: no backup at all, none of
    /// `database` (the --database asked for; `found` lists every database the files named), or
    /// several ("choose one with --database NAME").
    static QString refusal(const std::deque<MsdbBackupSet> &sets, const QString &database, const QStringList &found);
};

} // namespace rd
