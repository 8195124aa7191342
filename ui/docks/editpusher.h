// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <functional>

class QString;

namespace rd {

struct ProjectEdit;

/// How an inspector form makes an edit: the dock judges it (EditGate), pushes it as one undo step
/// with `text` as its undo text, shows a refusal inline, and says whether it was pushed. A form
/// whose edit was not pushed shows the document's value again.
using EditPusher = std::function<bool(const ProjectEdit &edit, const QString &text)>;

} // namespace rd
