// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

namespace rd::cli {

/// `restore-designer rules [--format markdown|json]`: every rule of the catalog with its status,
/// severity, message and source. docs/rules.md is this command's markdown output.
class RulesCommand
{
    Q_DECLARE_TR_FUNCTIONS(rd::cli::RulesCommand)
public:
    static int run(const QStringList &arguments);
    static QByteArray markdown();
    static QByteArray json();
};

} // namespace rd::cli
