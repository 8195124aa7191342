#pragma once

namespace rd {

/// QUndoCommand::id() values; commands with an id merge consecutive edits (a drag is one step).
enum CommandId { MoveBackupCommandId = 1, ChangePlanStepCommandId };

} // namespace rd
