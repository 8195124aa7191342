// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

namespace rd::cli {

/// The headless subcommands, by the word that names them on the command line.
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(rd::cli::Commands)
public:
    /// Runs one with `arguments` (the program name first, the command word removed); returns the exit status.
    using Function = int (*)(const QStringList &arguments);
    /// The command named `word` ("check", "simulate", "export-sql", "convert", "rules", "cfp",
    /// "import-history"), or nullptr.
    static Function find(const QString &word);
    /// The list of commands for the top-level --help.
    static QString help();
};

} // namespace rd::cli
