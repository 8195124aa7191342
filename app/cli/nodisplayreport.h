// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

namespace rd {
struct Project;
}

namespace rd::cli {

/// `restore-designer FILE` where no window can open (no display server on Linux/BSD): prints what
/// check, simulate and export-sql print for FILE, and says on stderr why. Exit status as `check`.
class NoDisplayReport
{
    Q_DECLARE_TR_FUNCTIONS(rd::cli::NoDisplayReport)
public:
    /// True on Linux/BSD when Qt would find no display server: QT_QPA_PLATFORM unset and neither
    /// DISPLAY nor WAYLAND_DISPLAY set. (Qt's xcb/wayland platforms abort the process then.)
    static bool needed();
    /// `path` empty: there is nothing to print; says so and how to open the designer.
    static int run(const QString &path);
    /// The same for a project already loaded (`restore-designer --sample`).
    static int run(const Project &project);
};

} // namespace rd::cli
