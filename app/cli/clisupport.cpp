// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/cli/clisupport.h"

#include "model/domain/textcontrols.h"
#include "model/io/inputfile.h"
#include "model/storage/projectfile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>
#include <filesystem>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

namespace rd::cli {
namespace {

const QString StandardInput = QStringLiteral("-");

LoadResult loadStandardInput(const QString &name)
{
#ifdef Q_OS_WIN
    _setmode(_fileno(stdin), _O_BINARY); // a project file is binary: no CR LF translation, no end at Ctrl+Z
#endif
    LoadResult result;
    QFile in;
    QString why;
    std::optional<QByteArray> bytes;
    if (!in.open(stdin, QIODevice::ReadOnly))
        why = in.errorString();
    else
        bytes = InputFile::readAll(in, &why);
    if (!bytes) {
        result.error = QStringLiteral("%1: %2").arg(name, why);
        return result;
    }
    return ProjectFile::loadBytes(*bytes, name);
}

} // namespace

void CliSupport::printOut(const QByteArray &utf8)
{
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

void CliSupport::printOut(const QString &text)
{
    printOut(text.toUtf8());
}

void CliSupport::printError(const QString &message)
{
    const QByteArray line = QCoreApplication::applicationName().toUtf8() + ": " + escaped(message).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

QString CliSupport::escaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isLineBreakOrControl(c)) {
            out += c;
            continue;
        }
        switch (u) {
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        default: out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

QByteArray CliSupport::textLines(const QStringList &lines)
{
    QString text;
    for (const QString &line : lines)
        text += escaped(line) + u'\n';
    return text.toUtf8();
}

bool CliSupport::parseOptions(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(ExitOk);
    return true;
}

std::optional<QStringList> CliSupport::parse(QCommandLineParser &parser, const QStringList &arguments,
                                             qsizetype positionalCount)
{
    if (!parseOptions(parser, arguments))
        return std::nullopt;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != positionalCount) {
        printError(tr("wrong number of arguments; see --help"));
        return std::nullopt;
    }
    return positional;
}

QString CliSupport::fileHelp()
{
    return tr("A JSON plan (.json), a project file (.rdproj), or - for standard input.");
}

QCommandLineOption CliSupport::planOption()
{
    return QCommandLineOption(QStringLiteral("plan"), tr("Only the plan named <name>."), tr("name"));
}

QCommandLineOption CliSupport::formatOption()
{
    return QCommandLineOption(QStringLiteral("format"), tr("Output format: text (default) or json."),
                              tr("format"), QStringLiteral("text"));
}

std::optional<Format> CliSupport::format(const QCommandLineParser &parser)
{
    const QString value = parser.value(formatOption());
    if (value == QLatin1String("text"))
        return Format::Text;
    if (value == QLatin1String("json"))
        return Format::Json;
    printError(tr("unknown format \"%1\": expected text or json").arg(value));
    return std::nullopt;
}

std::optional<Project> CliSupport::load(const QString &path)
{
    const bool standardInput = path == StandardInput;
    const QString name = standardInput ? tr("standard input") : path;
    if (!standardInput && InputFile::kind(path) == InputFile::Kind::Special) {
        // /dev/stdin, <(…) and the like: a pipe read whole once is what `-` is for.
        printError(tr("%1: %2; to read standard input, give - instead").arg(path, InputFile::refusal(path)));
        return std::nullopt;
    }
    LoadResult result = standardInput ? loadStandardInput(name) : ProjectFile::load(path);
    for (const QString &warning : std::as_const(result.warnings))
        printError(tr("%1: warning: %2").arg(name, warning));
    if (!result.ok()) {
        // The readers usually name the file already; never print a reason without it.
        printError(result.error.contains(name) ? result.error : tr("%1: %2").arg(name, result.error));
        return std::nullopt;
    }
    return std::move(result.project);
}

bool CliSupport::outputIsInput(const QString &input, const QString &output)
{
    const QFileInfo in(input), out(output);
    if (input == StandardInput || !in.exists() || !out.exists())
        return false;
    // Device and inode (Windows: volume and file ID), so a hard link counts too; the canonical
    // paths when the system cannot tell.
    std::error_code error;
    const bool same = std::filesystem::equivalent(in.filesystemFilePath(), out.filesystemFilePath(), error);
    if (!(error ? in.canonicalFilePath() == out.canonicalFilePath() : same))
        return false;
    printError(tr("%1: the output would overwrite the input %2; nothing was written").arg(output, input));
    return true;
}

std::optional<QList<Plan>> CliSupport::plans(const Project &project, const QString &name, const QString &path)
{
    if (name.isEmpty())
        return project.plans;
    const qsizetype index = project.planIndex(name);
    if (index >= 0)
        return QList<Plan>{project.plans.at(index)};
    QStringList names;
    for (const Plan &plan : project.plans)
        names << QStringLiteral("\"%1\"").arg(plan.name);
    if (names.isEmpty())
        printError(tr("%1 has no plan named \"%2\"; it has no plans").arg(path, name));
    else
        printError(tr("%1 has no plan named \"%2\"; its plans: %3").arg(path, name, names.join(QStringLiteral(", "))));
    return std::nullopt;
}

QByteArray CliSupport::toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QJsonValue CliSupport::stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

int CliSupport::runPlanReport(const QStringList &arguments, const QString &syntax, const QString &description,
                              PlanReport report)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addOption(planOption());
    parser.addOption(formatOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), fileHelp(), syntax);
    const auto positional = parse(parser, arguments, 1);
    if (!positional)
        return ExitUnreadable;
    const auto chosenFormat = format(parser);
    if (!chosenFormat)
        return ExitUnreadable;
    const QString path = positional->constFirst();
    const auto project = load(path);
    if (!project)
        return ExitUnreadable;
    const auto chosenPlans = plans(*project, parser.value(planOption()), path);
    if (!chosenPlans)
        return ExitUnreadable;

    bool hasErrors = false;
    printOut(report(*project, *chosenPlans, *chosenFormat, &hasErrors));
    return hasErrors ? ExitErrors : ExitOk;
}

} // namespace rd::cli
