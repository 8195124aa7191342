// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/rules/checkcontext.h"

namespace rd {

/// Rules about the target server, which the designer knows only from what the user states in
/// RestoreEnvironment (plan-format extension "environment"):
///  - R-GEN-002: a backup taken on a newer SQL Server than `serverVersion` (system databases: equal);
///  - R-GEN-007: an encrypted backup while `certificatesAvailable` is false;
///  - R-GEN-010: restoring into a database in an availability group or a mirroring session;
///  - R-MOD-003: memory-optimized data (the sum of its containers' sizes) against
///    `memoryAvailableBytes`, shown whenever that memory is not stated;
///  - R-MOD-007: fiber mode (`lightweightPooling`) with a memory-optimized filegroup;
///  - R-FS-003: FILESTREAM containers on a file system that is not NTFS (`filestreamOnNtfs`).
namespace EnvironmentChecks {
void run(CheckContext &c);
/// "major.minor.build[.revision]" as numbers; empty when the text is not such a version.
QList<int> parseVersion(const QString &text);
/// <0, 0, >0 like strcmp, over the parts both versions give ("16.0.4135" equals "16.0.4135.4").
int compareVersions(const QList<int> &a, const QList<int> &b);
}

} // namespace rd
