#pragma once

namespace rd {

/// QUndoCommand::id() values; commands with an id merge consecutive edits (a drag is one step).
enum CommandId { MergingEditCommandId = 1 };

} // namespace rd
