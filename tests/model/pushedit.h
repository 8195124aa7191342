// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared by the model tests of edits: one EditCommand pushed on a document, as the designer does.
#include "model/commands/editcommand.h"
#include "model/document/projectdocument.h"

namespace rd::test {

/// Pushes one EditCommand of `edit` on plan `plan` of `doc`.
inline void push(ProjectDocument &doc, const ProjectEdit &edit, int plan = 0,
                 EditCommand::Merge merge = EditCommand::Merge::Never, const QString &text = {})
{
    doc.undoStack()->push(new EditCommand(&doc, plan, edit, text, merge));
}

} // namespace rd::test
