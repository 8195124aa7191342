// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared by the harnesses of the backup-history importers (fuzz_msdbhistory, fuzz_dbatools, fuzz_headeronly).
#include "model/io/historyimport.h"

#include <QByteArray>

namespace rd::fuzz {

/// Checks what a history importer made of `bytes` (one input file): a project or at least one
/// error, never both; never cancelled; every problem and skipped row placed inside the file and worded; an
/// accepted project with unique backup ids, LSN ranges that do not run backwards, at most 64
/// media a backup and a position of 1 or more, no backup finishing before it starts; then
/// exercise() on it. Aborts through finding() on a broken promise.
void checkHistoryImport(const HistoryImport &result, const QByteArray &bytes);

} // namespace rd::fuzz
