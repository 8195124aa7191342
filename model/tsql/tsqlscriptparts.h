// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"

#include <QCoreApplication>

namespace rd {

class TsqlBatch;

/// Pieces shared by the restore and backup scripts of TsqlWriter (internal to model/tsql).
namespace TsqlScriptParts {

/// User-visible script text (comments) is translated in the "TsqlWriter" context (Tr::tr).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TsqlWriter)
};
/// `-- text` plus a newline; the text is made safe with scriptSafeComment().
QString commentLine(const QString &text);
/// "a", "a and b", "a, b and c".
QString joinAnd(const QStringList &items);
/// A time as plan files write it, or "an unknown time".
QString timeText(const QDateTime &t);

/// The layout's spelling of a filegroup / data or log file name matched case-insensitively, as
/// SQL Server matches them; the name itself when the layout has no such filegroup or file.
QString canonicalFilegroup(const Database &db, const QString &name);
QString canonicalFile(const Database &db, const QString &name);
/// "PRIMARY", "the memory-optimized filegroup X", "the FILESTREAM filegroup X" or "filegroup X".
QString filegroupPhrase(const Database &db, const QString &name);
/// "full backup X", "log backup X", "tail-log backup X", "copy-only full backup X"…
QString backupPhrase(const Backup &backup);
/// True when `filegroups` name both PRIMARY and the memory-optimized filegroup (R-MOD-001/002).
bool holdsPrimaryAndMod(const Database &db, const QStringList &filegroups);

/// `DISK = …` or, for a path starting with https://, `URL = …`: one per stripe. With no media,
/// one DISK placeholder naming the backup, so the statement fails rather than reads anything.
QStringList devices(TsqlBatch &batch, const QStringList &media, const QString &backupId);
/// `INIT` when the backup is the first on its media (position 1), else `NOINIT`, so the RESTORE's
/// FILE = position finds it.
QString initOption(int position);

/// The multi-line form SSMS scripts: head, one target per line (comma-separated), the FROM/TO
/// line, then `WITH` and one option per line; ends with `;`.
QString formatStatement(const QString &head, const QStringList &targets, const QString &fromOrTo,
                        const QStringList &options);
/// A batch: its comment lines, the statement and the GO line that ends it.
QString batchText(const QStringList &comments, const QString &statement);

} // namespace TsqlScriptParts
} // namespace rd
