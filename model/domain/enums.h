// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

// Every enum word below is part of the plan-format contract (docs/plan-format.md):
// toString() gives the JSON word, the matching parse function accepts it (case-sensitive, as
// written in the format) and returns std::nullopt for anything else.

enum class Edition { Enterprise, Developer, Standard, Web, Express };
enum class RecoveryModel { Simple, BulkLogged, Full };
enum class FilegroupType { Rows, Filestream, MemoryOptimizedData };
enum class BackupType { Full, Differential, Partial, PartialDifferential, File, FileDifferential, Log };
enum class EventKind { SetReadOnly, SetReadWrite, SetRecoveryModel, Mark, Failure, AddFile, RemoveFile, OpenTransaction };
enum class StepStatement { RestoreDatabase, RestoreLog, BackupLog, SetOffline, SetOnline, SetFileOffline, RemoveFilegroup };
/// `Unspecified` = the JSON has no `recovery` field; SQL Server then defaults to RECOVERY.
enum class RecoveryOption { Unspecified, Recovery, NoRecovery, Standby };

QString toString(Edition v);
QString toString(RecoveryModel v);
QString toString(FilegroupType v);
QString toString(BackupType v);
QString toString(EventKind v);
QString toString(StepStatement v);
QString toString(RecoveryOption v); ///< "" for Unspecified

std::optional<Edition> parseEdition(const QString &s);
std::optional<RecoveryModel> parseRecoveryModel(const QString &s);
std::optional<FilegroupType> parseFilegroupType(const QString &s);
std::optional<BackupType> parseBackupType(const QString &s);
std::optional<EventKind> parseEventKind(const QString &s);
std::optional<StepStatement> parseStepStatement(const QString &s);
std::optional<RecoveryOption> parseRecoveryOption(const QString &s); ///< RECOVERY/NORECOVERY/STANDBY

/// The accepted words, for error messages ("expected one of …").
QStringList editionWords();
QStringList recoveryModelWords();
QStringList filegroupTypeWords();
QStringList backupTypeWords();
QStringList eventKindWords();
QStringList stepStatementWords();
QStringList recoveryOptionWords();

/// Online piecemeal/file restore needs Enterprise features (R-ONL-001, R-PIECE-009).
inline bool supportsOnlineRestore(Edition e) { return e == Edition::Enterprise || e == Edition::Developer; }
inline bool isDifferential(BackupType t)
{
    return t == BackupType::Differential || t == BackupType::PartialDifferential || t == BackupType::FileDifferential;
}
/// A data backup that can be restored on its own (full, partial or file backup).
inline bool isDataBase(BackupType t)
{
    return t == BackupType::Full || t == BackupType::Partial || t == BackupType::File;
}

} // namespace rd
