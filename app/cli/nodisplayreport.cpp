// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/cli/nodisplayreport.h"

#include "app/cli/checkcommand.h"
#include "app/cli/clisupport.h"
#include "app/cli/simulatecommand.h"
#include "model/tsql/tsqlwriter.h"

namespace rd::cli {

bool NoDisplayReport::needed()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    return qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
           && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return false;
#endif
}

int NoDisplayReport::run(const QString &path)
{
    if (path.isEmpty()) {
        CliSupport::printError(tr("no display available (DISPLAY/WAYLAND_DISPLAY unset) and no FILE given. Run "
                                  "under a desktop session or xvfb-run to open the designer, or see --help for "
                                  "the commands that need no display."));
        return ExitUnreadable;
    }
    const auto project = CliSupport::load(path);
    return project ? run(*project) : ExitUnreadable;
}

int NoDisplayReport::run(const Project &project)
{
    CliSupport::printError(tr("no display available (DISPLAY/WAYLAND_DISPLAY unset); printing the check, "
                              "simulation and restore script instead. Run under a desktop session or xvfb-run "
                              "to open the designer."));
    bool hasErrors = false, simulationErrors = false;
    CliSupport::printOut(CheckCommand::report(project, project.plans, Format::Text, &hasErrors));
    CliSupport::printOut(QByteArray("\n"));
    CliSupport::printOut(SimulateCommand::report(project, project.plans, Format::Text, &simulationErrors));
    for (const Plan &plan : project.plans)
        CliSupport::printOut(u'\n' + TsqlWriter::restoreScript(project, plan));
    return hasErrors ? ExitErrors : ExitOk;
}

} // namespace rd::cli
