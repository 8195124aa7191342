// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/cli/clisupport.h"

namespace rd::cli {

/// `restore-designer simulate FILE [--plan NAME] [--format text|json]`: the database and filegroup
/// states after each step; exit 1 when the simulation finds an error.
class SimulateCommand
{
    Q_DECLARE_TR_FUNCTIONS(rd::cli::SimulateCommand)
public:
    static int run(const QStringList &arguments);
    /// The simulation of these plans as `simulate` prints it; *hasErrors tells whether any finding
    /// of the simulator is an error.
    static QByteArray report(const Project &project, const QList<Plan> &plans, Format format, bool *hasErrors);
};

} // namespace rd::cli
