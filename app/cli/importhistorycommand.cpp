// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/cli/importhistorycommand.h"

#include "app/cli/clisupport.h"
#include "model/io/historyimporter.h"
#include "model/storage/projectfile.h"

#include <QCommandLineParser>

namespace rd::cli {
namespace {

/// The lines of the report: a summary, the skipped rows, what was inferred, the warnings.
QStringList report(const HistoryImport &import, const QString &out)
{
    QStringList lines;
    const Project &project = *import.project;
    lines << ImportHistoryCommand::tr("%1: %n backup(s) of database %2 from %3 row(s) read", nullptr,
                                      int(project.backups.size()))
                 .arg(out, project.database.name).arg(import.rowsRead);
    for (const HistorySkippedRows &s : import.skipped)
        lines << ImportHistoryCommand::tr("skipped: %1").arg(s.toString());
    for (const QString &note : import.notes)
        lines << ImportHistoryCommand::tr("note: %1").arg(note);
    for (const HistoryImportProblem &p : import.problems)
        lines << p.toString(); // warnings only: an error means no project
    return lines;
}

} // namespace

int ImportHistoryCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports a backup history saved from msdb (resources/sql/msdb-backup-history.sql, docs/import-msdb.md) "
           "or exported by dbatools (Get-DbaDbBackupHistory | ConvertTo-Json or Export-CliXml, docs/import-dbatools.md) "
           "or read from the backup files' headers (resources/sql/backup-headers.sql, docs/import-headeronly.md) "
           "and writes it as a JSON plan (.json) or a project file (.rdproj). The report, with every row skipped "
           "and why, goes to standard output; errors to standard error. Exit status: 0 written, 2 the input could "
           "not be read or the output not written."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("What the files are: msdb (the saved results of the query), dbatools (JSON or "
                                     "CliXML, told apart by content), headeronly (RESTORE HEADERONLY and FILELISTONLY "
                                     "results)."),
                                  tr("msdb|dbatools|headeronly"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      tr("The database to import when the files hold several (case-insensitive)."),
                                      tr("NAME"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The file to write: a JSON plan (.json) or a project file (.rdproj)."), tr("OUT"));
    parser.addOption(from);
    parser.addOption(database);
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A saved export (CSV or sqlcmd output; dbatools JSON or CliXML); several are one history."),
                                 QStringLiteral("import-history --from msdb FILE..."));
    if (!CliSupport::parseOptions(parser, arguments))
        return ExitUnreadable;
    const QString kind = parser.value(from);
    if (kind.isEmpty()) {
        CliSupport::printError(tr("--from is required: msdb, dbatools or headeronly; see --help"));
        return ExitUnreadable;
    }
    const std::optional<HistoryFormat> format = HistoryImporter::formatNamed(kind);
    if (!format) {
        CliSupport::printError(tr("--from %1: expected msdb, dbatools or headeronly").arg(kind));
        return ExitUnreadable;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        CliSupport::printError(tr("give at least one FILE to import; see --help"));
        return ExitUnreadable;
    }
    const QString out = parser.value(output);
    if (out.isEmpty()) {
        CliSupport::printError(tr("-o OUT is required: the JSON plan (.json) or project file (.rdproj) to write"));
        return ExitUnreadable;
    }
    // Checked before reading, so a typo in OUT costs nothing.
    if (!ProjectFile::kindForPath(out)) {
        CliSupport::printError(tr("%1: unknown extension; the output must end in .json or .rdproj").arg(out));
        return ExitUnreadable;
    }
    for (const QString &file : files)
        if (CliSupport::outputIsInput(file, out))
            return ExitUnreadable;

    const HistoryImport import = HistoryImporter::readFiles(*format, files, parser.value(database));
    if (!import.ok()) {
        for (const QString &message : import.messages())
            CliSupport::printError(message);
        return ExitUnreadable;
    }
    QString error;
    if (!ProjectFile::save(*import.project, out, &error)) {
        CliSupport::printError(error.contains(out) ? error : tr("cannot write %1: %2").arg(out, error));
        return ExitUnreadable;
    }
    CliSupport::printOut(CliSupport::textLines(report(import, out)));
    return ExitOk;
}

} // namespace rd::cli
