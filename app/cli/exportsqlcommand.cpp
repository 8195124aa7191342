// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/cli/exportsqlcommand.h"

#include "model/io/atomicwrite.h"
#include "model/rules/planvalidator.h"
#include "model/tsql/tsqlwriter.h"

#include <QCommandLineParser>

namespace rd::cli {

int ExportSqlCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the T-SQL restore script of a plan (the first plan unless --plan names one), or with "
           "--script backup the BACKUP script that produces the designed history. Exit status: 0 no errors, "
           "1 the plan has errors (the script is written all the same), 2 the file could not be read or the "
           "output could not be written."));
    const QCommandLineOption planOption = CliSupport::planOption();
    const QCommandLineOption scriptOption(QStringLiteral("script"), tr("Which script: restore (default) or backup."),
                                          tr("script"), QStringLiteral("restore"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Write the script to <file> instead of the standard output (\"-\" is the standard output); "
                                             "never FILE itself."),
                                          tr("file"));
    parser.addOptions({planOption, scriptOption, outputOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), CliSupport::fileHelp(), QStringLiteral("export-sql FILE"));
    const auto positional = CliSupport::parse(parser, arguments, 1);
    if (!positional)
        return ExitUnreadable;
    const QString script = parser.value(scriptOption);
    if (script != QLatin1String("restore") && script != QLatin1String("backup")) {
        CliSupport::printError(tr("unknown script \"%1\": expected restore or backup").arg(script));
        return ExitUnreadable;
    }
    const QString path = positional->constFirst();
    if (parser.isSet(outputOption) && CliSupport::outputIsInput(path, parser.value(outputOption)))
        return ExitUnreadable;
    const auto project = CliSupport::load(path);
    if (!project)
        return ExitUnreadable;
    const auto plans = CliSupport::plans(*project, parser.value(planOption), path);
    if (!plans)
        return ExitUnreadable;

    QString sql;
    int status = ExitOk;
    if (script == QLatin1String("backup")) {
        sql = TsqlWriter::backupScript(*project);
    } else {
        if (plans->isEmpty()) {
            CliSupport::printError(tr("%1 has no plans: there is no restore script to write").arg(path));
            return ExitUnreadable;
        }
        const Plan &plan = plans->constFirst();
        sql = TsqlWriter::restoreScript(*project, plan);
        if (hasErrors(PlanValidator::validate(*project, plan))) {
            CliSupport::printError(tr("plan \"%1\" has errors; the script will fail or restore the wrong data "
                                      "(see: restore-designer check)").arg(plan.name));
            status = ExitErrors;
        }
    }

    // "-" is the standard output, as it is the standard input for FILE.
    if (!parser.isSet(outputOption) || parser.value(outputOption) == QLatin1String("-")) {
        CliSupport::printOut(sql);
        return status;
    }
    const QString out = parser.value(outputOption);
    QString error;
    // Atomic, so a failed export never leaves half a script where the previous one was.
    if (!AtomicWrite::writeFile(out, sql.toUtf8(), &error)) {
        CliSupport::printError(error);
        return ExitUnreadable;
    }
    return status;
}

} // namespace rd::cli
