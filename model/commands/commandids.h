// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace rd {

/// QUndoCommand::id() values; commands with an id merge consecutive edits (a drag is one step).
enum CommandId { MergingEditCommandId = 1 };

} // namespace rd
