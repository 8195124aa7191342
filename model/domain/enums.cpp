// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/domain/enums.h"

#include <array>
#include <utility>

namespace rd {
namespace {

template<typename E, std::size_t N>
using Table = std::array<std::pair<E, const char16_t *>, N>;

constexpr Table<Edition, 5> editions{{{Edition::Enterprise, u"ENTERPRISE"},
                                      {Edition::Developer, u"DEVELOPER"},
                                      {Edition::Standard, u"STANDARD"},
                                      {Edition::Web, u"WEB"},
                                      {Edition::Express, u"EXPRESS"}}};
constexpr Table<RecoveryModel, 3> recoveryModels{{{RecoveryModel::Simple, u"SIMPLE"},
                                                  {RecoveryModel::BulkLogged, u"BULK_LOGGED"},
                                                  {RecoveryModel::Full, u"FULL"}}};
constexpr Table<FilegroupType, 3> filegroupTypes{{{FilegroupType::Rows, u"ROWS"},
                                                  {FilegroupType::Filestream, u"FILESTREAM"},
                                                  {FilegroupType::MemoryOptimizedData, u"MEMORY_OPTIMIZED_DATA"}}};
constexpr Table<BackupType, 7> backupTypes{{{BackupType::Full, u"FULL"},
                                            {BackupType::Differential, u"DIFFERENTIAL"},
                                            {BackupType::Partial, u"PARTIAL"},
                                            {BackupType::PartialDifferential, u"PARTIAL_DIFFERENTIAL"},
                                            {BackupType::File, u"FILE"},
                                            {BackupType::FileDifferential, u"FILE_DIFFERENTIAL"},
                                            {BackupType::Log, u"LOG"}}};
constexpr Table<EventKind, 8> eventKinds{{{EventKind::SetReadOnly, u"SET_READ_ONLY"},
                                          {EventKind::SetReadWrite, u"SET_READ_WRITE"},
                                          {EventKind::SetRecoveryModel, u"SET_RECOVERY_MODEL"},
                                          {EventKind::Mark, u"MARK"},
                                          {EventKind::Failure, u"FAILURE"},
                                          {EventKind::AddFile, u"ADD_FILE"},
                                          {EventKind::RemoveFile, u"REMOVE_FILE"},
                                          {EventKind::OpenTransaction, u"OPEN_TRANSACTION"}}};
constexpr Table<StepStatement, 7> statements{{{StepStatement::RestoreDatabase, u"RESTORE DATABASE"},
                                              {StepStatement::RestoreLog, u"RESTORE LOG"},
                                              {StepStatement::BackupLog, u"BACKUP LOG"},
                                              {StepStatement::SetOffline, u"SET OFFLINE"},
                                              {StepStatement::SetOnline, u"SET ONLINE"},
                                              {StepStatement::SetFileOffline, u"SET FILE OFFLINE"},
                                              {StepStatement::RemoveFilegroup, u"REMOVE FILEGROUP"}}};
constexpr Table<RecoveryOption, 3> recoveryOptions{{{RecoveryOption::Recovery, u"RECOVERY"},
                                                    {RecoveryOption::NoRecovery, u"NORECOVERY"},
                                                    {RecoveryOption::Standby, u"STANDBY"}}};

template<typename E, std::size_t N>
QString word(const Table<E, N> &t, E v)
{
    for (const auto &[e, w] : t)
        if (e == v)
            return QString::fromUtf16(w);
    return {};
}

template<typename E, std::size_t N>
std::optional<E> parse(const Table<E, N> &t, const QString &s)
{
    for (const auto &[e, w] : t)
        if (s == QString::fromUtf16(w))
            return e;
    return std::nullopt;
}

template<typename E, std::size_t N>
QStringList words(const Table<E, N> &t)
{
    QStringList out;
    for (const auto &entry : t)
        out << QString::fromUtf16(entry.second);
    return out;
}

} // namespace

QString toString(Edition v) { return word(editions, v); }
QString toString(RecoveryModel v) { return word(recoveryModels, v); }
QString toString(FilegroupType v) { return word(filegroupTypes, v); }
QString toString(BackupType v) { return word(backupTypes, v); }
QString toString(EventKind v) { return word(eventKinds, v); }
QString toString(StepStatement v) { return word(statements, v); }
QString toString(RecoveryOption v) { return word(recoveryOptions, v); }

std::optional<Edition> parseEdition(const QString &s) { return parse(editions, s); }
std::optional<RecoveryModel> parseRecoveryModel(const QString &s) { return parse(recoveryModels, s); }
std::optional<FilegroupType> parseFilegroupType(const QString &s) { return parse(filegroupTypes, s); }
std::optional<BackupType> parseBackupType(const QString &s) { return parse(backupTypes, s); }
std::optional<EventKind> parseEventKind(const QString &s) { return parse(eventKinds, s); }
std::optional<StepStatement> parseStepStatement(const QString &s) { return parse(statements, s); }
std::optional<RecoveryOption> parseRecoveryOption(const QString &s) { return parse(recoveryOptions, s); }

QStringList editionWords() { return words(editions); }
QStringList recoveryModelWords() { return words(recoveryModels); }
QStringList filegroupTypeWords() { return words(filegroupTypes); }
QStringList backupTypeWords() { return words(backupTypes); }
QStringList eventKindWords() { return words(eventKinds); }
QStringList stepStatementWords() { return words(statements); }
QStringList recoveryOptionWords() { return words(recoveryOptions); }

} // namespace rd
