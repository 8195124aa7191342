// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

namespace rd::cli {

/// `restore-designer convert IN OUT`: a JSON plan to a project file or back, chosen by the
/// extensions (.json, .rdproj). Lossless for the plan content; view state lives only in projects.
class ConvertCommand
{
    Q_DECLARE_TR_FUNCTIONS(rd::cli::ConvertCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace rd::cli
