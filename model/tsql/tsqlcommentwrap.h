// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace rd {

/// `script` with every `--` comment line longer than `columns` characters broken at spaces into
/// several `--` lines (the continuation lines indented by two spaces after `--`), so a printout
/// (the PDF handout) never wraps a comment visually: a wrapped comment copied from the page would
/// put its second half on a line of its own, where SQL Server reads it as code. Only lines whose
/// first non-blank characters are `--` change (the writer emits no multi-line literal); a word
/// longer than the width stays whole. `columns` below 20 is taken as 20.
QString wrapCommentLines(const QString &script, int columns);

} // namespace rd
