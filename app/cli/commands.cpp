// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/cli/commands.h"

#include "app/cli/cfpcommand.h"
#include "app/cli/checkcommand.h"
#include "app/cli/convertcommand.h"
#include "app/cli/exportsqlcommand.h"
#include "app/cli/healthcommand.h"
#include "app/cli/importhistorycommand.h"
#include "app/cli/plancommand.h"
#include "app/cli/rulescommand.h"
#include "app/cli/simulatecommand.h"

namespace rd::cli {

Commands::Function Commands::find(const QString &word)
{
    if (word == QLatin1String("check"))
        return &CheckCommand::run;
    if (word == QLatin1String("simulate"))
        return &SimulateCommand::run;
    if (word == QLatin1String("export-sql"))
        return &ExportSqlCommand::run;
    if (word == QLatin1String("convert"))
        return &ConvertCommand::run;
    if (word == QLatin1String("rules"))
        return &RulesCommand::run;
    if (word == QLatin1String("cfp"))
        return &CfpCommand::run;
    if (word == QLatin1String("import-history"))
        return &ImportHistoryCommand::run;
    if (word == QLatin1String("plan"))
        return &PlanCommand::run;
    if (word == QLatin1String("health"))
        return &HealthCommand::run;
    return nullptr;
}

QString Commands::help()
{
    return tr("Commands (each has its own --help; none needs a display):\n"
              "  check FILE [--plan NAME] [--format text|json]\n"
              "      Check the plans against the restore rules.\n"
              "  simulate FILE [--plan NAME] [--format text|json]\n"
              "      Print the database and filegroup states after each step.\n"
              "  export-sql FILE [--plan NAME] [--script restore|backup] [-o OUT]\n"
              "      Write the T-SQL restore script of a plan, or the backup script.\n"
              "  convert IN OUT\n"
              "      Convert a JSON plan (.json) to a project file (.rdproj) or back.\n"
              "  rules [--format markdown|json]\n"
              "      List every rule with its status, severity, message and source.\n"
              "  cfp (FILE | --example N) [--version 2014-ctp2|2014|2016] [--format text|json]\n"
              "      [--chart OUT.png|OUT.svg]\n"
              "      Checkpoint file pairs per state; full and differential backup and restore estimates;\n"
              "      with --chart, their chart as an image.\n"
              "  import-history --from msdb FILE... [--database NAME] -o OUT\n"
              "      Import a backup history saved from msdb into a JSON plan or a project file.\n"
              "  plan FILE [--to latest|TIME|mark:NAME|lsn:LSN] [--online-first FG,FG...] [--format text|json] [-o OUT]\n"
              "      Plan the restore to a target: the backups chosen and why, and why each other one is left out.\n"
              "  health FILE [--format text|json]\n"
              "      Print the chain-health report of the whole backup history.\n"
              "Exit status: 0 no errors (warnings allowed), 1 at least one error, 2 the input could not be read.");
}

} // namespace rd::cli
