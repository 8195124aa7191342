// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/cli/convertcommand.h"

#include "app/cli/clisupport.h"
#include "model/storage/projectfile.h"

#include <QCommandLineParser>

namespace rd::cli {

int ConvertCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Converts a JSON plan into a project file or a project file into a JSON plan, by the extensions "
           "(.json, .rdproj). Exit status: 0 done, 2 the input could not be read or the output not written."));
    parser.addPositionalArgument(QStringLiteral("IN"), CliSupport::fileHelp(), QStringLiteral("convert IN"));
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The file to write (.json or .rdproj); never IN itself."));
    const auto positional = CliSupport::parse(parser, arguments, 2);
    if (!positional)
        return ExitUnreadable;
    const QString in = positional->at(0);
    const QString out = positional->at(1);
    // Checked before reading, so a typo in OUT costs nothing.
    if (!ProjectFile::kindForPath(out)) {
        CliSupport::printError(tr("%1: unknown extension; the output must end in .json or .rdproj").arg(out));
        return ExitUnreadable;
    }
    if (CliSupport::outputIsInput(in, out))
        return ExitUnreadable;
    const auto project = CliSupport::load(in);
    if (!project)
        return ExitUnreadable;
    QString error;
    if (!ProjectFile::save(*project, out, &error)) {
        CliSupport::printError(error.contains(out) ? error : tr("cannot write %1: %2").arg(out, error));
        return ExitUnreadable;
    }
    return ExitOk;
}

} // namespace rd::cli
