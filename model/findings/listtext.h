// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace rd::ListText {

/// How many names a message shows at most before it summarises the rest.
inline constexpr qsizetype MaxShown = 12;

/// `names` joined with ", " for a finding's message or fix, bounded whatever the history's size:
/// up to MaxShown names are all shown; a longer list shows its first ten and its last, and how
/// many there are ("a0, a1, … a9 … a999999 (1,000,000 in all)"), so that a fix listing a million
/// log backups stays a line long. The full list stays in the fix's edit, which is what applies.
QString summarized(const QStringList &names);

} // namespace rd::ListText
