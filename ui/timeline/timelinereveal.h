// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace rd {

class TimelineView;

/// Scrolls a timeline so that a backup's bar is in view: what a dock that "locates" a backup asks
/// for (the Chain Health dock). The selection itself goes through ViewState; this only scrolls.
namespace TimelineReveal {
/// Scrolls `view` horizontally, as little as needed, to show backup `id` with a margin around it,
/// on whichever axis it shows (time or LSN). Does nothing for an unknown id.
void showBackup(TimelineView *view, const QString &id);
}

} // namespace rd
