// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

class QCommandLineParser;

namespace rd::cli {

/// Exit status of every command (plan-format.md, "What the command line prints"). Scripts rely on
/// these numbers: 0 no errors (warnings allowed), 1 at least one error, 2 the input could not be
/// read (also: a wrong command line, an unknown plan name, an output that could not be written).
enum ExitCode { ExitOk = 0, ExitErrors = 1, ExitUnreadable = 2 };

enum class Format { Text, Json };

/// What the subcommands share: their arguments, reading FILE, choosing plans, printing.
class CliSupport
{
    Q_DECLARE_TR_FUNCTIONS(rd::cli::CliSupport)
public:
    static void printOut(const QByteArray &utf8);
    static void printOut(const QString &text);
    /// One line on stderr, prefixed with the application name as command-line tools do; the
    /// message is escaped(), so whatever names it quotes, it stays one line.
    static void printError(const QString &message);

    /// `text` with each control character made visible, so that a name read from a file can neither
    /// end a line of the output nor send the terminal a control sequence: `\n`, `\r`, `\t`, and
    /// `\uXXXX` for the other C0 controls, DEL, the C1 controls (U+0080 to U+009F), U+2028, U+2029
    /// and the bidirectional controls (isLineBreakOrControl, model/domain/textcontrols.h). A backslash stays as it is, so Windows paths stay readable and escaping twice
    /// changes nothing (plan-format.md, "Text output"; the JSON output holds the exact text).
    static QString escaped(QStringView text);
    /// Lines of a report for people: each escaped() and ended by a line feed, in UTF-8.
    static QByteArray textLines(const QStringList &lines);

    /// Adds --help, parses `arguments` (the program name first, the command word removed) and
    /// prints --help (exiting 0) when asked. Returns the positional arguments when there are
    /// exactly `positionalCount`; otherwise prints the problem and returns nullopt (exit 2).
    static std::optional<QStringList> parse(QCommandLineParser &parser, const QStringList &arguments,
                                            qsizetype positionalCount);
    /// The same without the count: returns false after printing why the arguments do not parse.
    static bool parseOptions(QCommandLineParser &parser, const QStringList &arguments);

    /// The --help text of the FILE (or IN) argument.
    static QString fileHelp();
    static QCommandLineOption planOption();
    static QCommandLineOption formatOption();
    /// The value of --format (text when absent); nullopt after printing why it is not valid.
    static std::optional<Format> format(const QCommandLineParser &parser);

    /// Reads a JSON plan or a project file (by extension, sniffed otherwise), or with `-` standard
    /// input (read whole, at most 1 GiB; its first bytes tell a project file from JSON). A path
    /// that is not a regular file is refused unread (ProjectFile::load), with a hint to use `-`
    /// for a pipe or device. Warnings go to stderr; on failure the reason, naming the file,
    /// goes to stderr and nullopt is returned.
    static std::optional<Project> load(const QString &path);

    /// True (after printing why) when `output` is the file `input` names, by any path: the same
    /// one, another spelling, a symbolic or a hard link. Writing it would destroy the input.
    static bool outputIsInput(const QString &input, const QString &output);

    /// The plan named `name`, or every plan when `name` is empty. An unknown name prints the
    /// names the file has and gives nullopt.
    static std::optional<QList<Plan>> plans(const Project &project, const QString &name, const QString &path);

    static QByteArray toJson(const QJsonObject &object); ///< indented UTF-8, ending in a newline
    static QJsonValue stringOrNull(const QString &s);    ///< JSON null for "not known" (empty)

    /// Formats the report of some plans; *hasErrors tells whether any finding is an error.
    using PlanReport = QByteArray (*)(const Project &project, const QList<Plan> &plans, Format format,
                                      bool *hasErrors);
    /// The shape `check` and `simulate` share: `<syntax>` = `<command> FILE [--plan NAME]
    /// [--format text|json]`; prints the report of the chosen plans and returns the exit status.
    static int runPlanReport(const QStringList &arguments, const QString &syntax, const QString &description,
                             PlanReport report);
};

} // namespace rd::cli
