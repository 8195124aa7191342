// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace rd::DesignerMime {

/// Drag and drop between the designer's views, within one process.
/// A plan step being reordered: its row in the current plan, as decimal text.
inline QString step()
{
    return QStringLiteral("application/x-restore-designer-step");
}
/// A backup of the history: its id, UTF-8 (dragged from the timeline onto the plan).
inline QString backup()
{
    return QStringLiteral("application/x-restore-designer-backup");
}

/// A new backup from the palette: its BackupKind::key(), UTF-8 (dropped on the timeline).
inline QString backupKind()
{
    return QStringLiteral("application/x-restore-designer-backup-kind");
}

/// A new event from the palette: its PaletteEvent::key(), UTF-8 (dropped on the timeline).
inline QString eventKind()
{
    return QStringLiteral("application/x-restore-designer-event-kind");
}

} // namespace rd::DesignerMime
