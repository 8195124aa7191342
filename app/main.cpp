// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// restore-designer: the designer window, or one of the headless subcommands (app/cli/).
//
// The subcommands and --help/--version run on a QCoreApplication, so they work on servers and in
// CI without any display; only the designer itself creates a QApplication, and `cfp --chart`, which
// draws its chart with widgets on the offscreen platform (still no display).

#include "app/cli/cfpchartfile.h"
#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "app/cli/nodisplayreport.h"
#include "app/geometryreport.h"
#include "ui/help/helpactions.h"
#include "ui/languagechoice.h"
#include "ui/mainwindow.h"
#include "ui/projectfileactions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <memory>

namespace {

class DesignerArguments
{
    Q_DECLARE_TR_FUNCTIONS(rd::DesignerArguments)
public:
    /// The form without a command: `restore-designer [FILE]`, plus --help and --version.
    static void setUp(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(tr("Design, check, simulate and script SQL Server piecemeal restores.\n"
                                            "Without a command, opens the designer (on FILE if given).\n\n")
                                         + rd::cli::Commands::help());
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("A JSON plan (.json) or a project file (.rdproj)."),
                                     QStringLiteral("[FILE]"));
        parser.addOption({QStringLiteral("sample"),
                          tr("Open the bundled sample as an untitled project (Save asks where to keep it).")});
    }
};

/// Whether this command line opens the designer window (and so needs a QApplication).
bool opensDesigner(const QStringList &arguments)
{
    if (rd::cli::Commands::find(arguments.value(1)))
        return false;
    QCommandLineParser parser;
    DesignerArguments::setUp(parser);
    return parser.parse(arguments) && !parser.isSet(QStringLiteral("help")) && !parser.isSet(QStringLiteral("help-all"))
           && !parser.isSet(QStringLiteral("version")) && !rd::cli::NoDisplayReport::needed();
}

void installTranslators(QCoreApplication *app)
{
    // The user's choice (Edit ▸ Preferences) or the system's language, for the designer and the
    // command line alike, before any window or command speaks.
    const QSettings settings;
    rd::LanguageChoice::apply(app, settings);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("restore-designer"));
    QCoreApplication::setOrganizationName(QStringLiteral("Restore Designer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RD_VERSION));
    // The installed desktop entry (packaging/): Wayland compositors take the window's icon and
    // name from it, by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral(RD_APP_ID));

    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const bool designer = opensDesigner(rawArguments);
    const bool chart = rd::cli::CfpChartFile::needsWidgets(rawArguments);
    if (chart && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = designer || chart ? std::make_unique<QApplication>(argc, argv)
                                                                    : std::make_unique<QCoreApplication>(argc, argv);
    installTranslators(app.get());

    QStringList arguments = QCoreApplication::arguments();
    if (const auto command = rd::cli::Commands::find(arguments.value(1))) {
        arguments.removeAt(1);
        return command(arguments);
    }

    QCommandLineParser parser;
    DesignerArguments::setUp(parser);
    if (!parser.parse(arguments)) {
        rd::cli::CliSupport::printError(parser.errorText());
        return rd::cli::ExitUnreadable;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(rd::cli::ExitOk);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        rd::cli::CliSupport::printError(DesignerArguments::tr("unknown command \"%1\"; see --help").arg(files.first()));
        return rd::cli::ExitUnreadable;
    }
    const QString file = files.value(0);
    const bool sample = parser.isSet(QStringLiteral("sample"));
    if (!file.isEmpty() && sample) {
        rd::cli::CliSupport::printError(DesignerArguments::tr("--sample opens the sample: give no FILE with it"));
        return rd::cli::ExitUnreadable;
    }
    if (!designer)
        return sample ? rd::cli::NoDisplayReport::run(rd::ProjectFileActions::sampleProject())
                      : rd::cli::NoDisplayReport::run(file);

    rd::MainWindow window;
    if (sample)
        window.openSample();
    else if (!file.isEmpty())
        window.openFile(file);
    window.show();
    // Once, at the first start on an empty window: not over a file the user asked for.
    window.helpActions()->showTourOnFirstStart(!file.isEmpty());
    rd::GeometryReport::startIfAsked(&window); // for the end-to-end test only (docs/end-to-end-test.md)
    return QApplication::exec();
}
