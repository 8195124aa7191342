// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/analysis/projectanalysis.h"

/// The timeline's tooltip for a backup: type, times, LSNs (saying which were derived from time
/// order because the file leaves them out), contents, media, size, the estimated memory-optimized share (CfpBadge)
/// and the plan steps using it.
namespace rd::BackupToolTip {

/// Rich text for backup `id`; `steps` are the 1-based numbers of the current plan's steps that
/// restore it. Empty for an unknown id.
QString text(const ProjectAnalysis &analysis, const QString &id, const QList<int> &steps);

} // namespace rd::BackupToolTip
