// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/io/loadresult.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QWidget;

namespace rd {

/// Reads a file without freezing the window: `read` (a pure file read such as ProjectFile::load:
/// no widgets, no state shared with the GUI) runs on a worker thread of the global pool while the
/// window keeps painting. If it takes longer than ShowAfterMs, a modal progress dialog says what is
/// read and offers Cancel; until then input is held back, so nothing can be started meanwhile.
/// A 1,000,000-backup project takes seconds to read.
class BackgroundLoad
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundLoad)
public:
    static constexpr int ShowAfterMs = 400;

    /// `read`'s result, or nullopt when the user cancelled: the read then finishes unseen on its
    /// thread and its result is dropped (the application waits for it when it quits).
    static std::optional<LoadResult> run(QWidget *parent, const QString &what, std::function<LoadResult()> read);
};

} // namespace rd
