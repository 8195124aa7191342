// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared by the libFuzzer harnesses (tests/fuzz/README.md): what every harness does once at start
// and with every project its reader accepts.
#include "model/io/loadresult.h"

namespace rd::fuzz {

/// Creates the QCoreApplication (QSQLITE is a plugin, loaded through it) and silences Qt's
/// debug, info and warning messages, which would slow every run down; a qFatal still aborts.
void initialize(int *argc, char ***argv);

/// Aborts with "FUZZ FINDING: what" and the detail on stderr: a broken promise of the code fuzzed.
[[noreturn]] void finding(const char *what, const QString &detail);

/// Aborts, naming what is wrong, unless exactly one of result.project and result.error is set
/// (LoadResult's contract): a reader that fails without saying why is a finding too.
void checkLoadResult(const LoadResult &result);

/// Takes a project a reader accepted as far as the program would: the whole analysis (history,
/// simulation and findings of every plan), the BACKUP script and every plan's RESTORE script. Then
/// writes it as a JSON plan and reads that back, aborting unless the same project comes back
/// (PlanJsonWriter's promise; the view state excepted, which JSON plans do not keep).
void exercise(const Project &project);

} // namespace rd::fuzz
