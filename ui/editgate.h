// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QWidget;

namespace rd {

class ProjectDocument;
struct ProjectEdit;

/// The one way the designer's layout edits reach the undo stack: the model judges the edit first
/// (EditRefusal), so an edit SQL Server would refuse is refused with its reason, and an edit that
/// changes backups, events or plan steps beyond the layout (removing a filegroup or file they name)
/// asks first and says what changes. Used by the inspector, the context-menu and Edit-menu
/// actions and the Add Filegroup dialog alike.
namespace EditGate {

enum class Outcome { Pushed, Refused, Cancelled };

/// Pushes `edit` on `document` as one EditCommand (plan `planIndex`, undo text `text`, empty =
/// ProjectEdits::undoText) unless the model refuses it or the user declines its side effects.
/// A refusal is written to `*refusal` when given (the caller shows it inline), else shown in a
/// warning box over `parent`; the question about side effects is a message box over `parent`.
Outcome push(ProjectDocument *document, int planIndex, const ProjectEdit &edit, QWidget *parent,
             const QString &text = {}, QString *refusal = nullptr);

} // namespace EditGate

} // namespace rd
