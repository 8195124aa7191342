#include "app/cli/clisupport.h"

#include "model/storage/projectfile.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>

namespace rd::cli {

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
    const QByteArray line = QCoreApplication::applicationName().toUtf8() + ": " + message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

std::optional<QStringList> CliSupport::parse(QCommandLineParser &parser, const QStringList &arguments,
                                             qsizetype positionalCount)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(ExitOk);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != positionalCount) {
        printError(tr("wrong number of arguments; see --help"));
        return std::nullopt;
    }
    return positional;
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
    LoadResult result = ProjectFile::load(path);
    for (const QString &warning : std::as_const(result.warnings))
        printError(tr("%1: warning: %2").arg(path, warning));
    if (!result.ok()) {
        // The readers usually name the file already; never print a reason without it.
        printError(result.error.contains(path) ? result.error : tr("%1: %2").arg(path, result.error));
        return std::nullopt;
    }
    return std::move(result.project);
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
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A JSON plan (.json) or a project file (.rdproj)."),
                                 syntax);
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
