// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/cli/cfpcommand.h"

#include "app/cli/cfpchartfile.h"
#include "model/cfp/cfpstatetotals.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QLocale>

namespace rd::cli {
namespace {

QJsonObject toJson(const CfpBackupSize &size)
{
    return QJsonObject{
        {QStringLiteral("pages"), size.pages()},
        {QStringLiteral("bytes"), size.bytes()},
        {QStringLiteral("memoryOptimizedPages"), size.memoryOptimizedPages},
        {QStringLiteral("memoryOptimizedBytes"), size.memoryOptimizedBytes()},
        {QStringLiteral("diskPages"), size.diskPages},
        {QStringLiteral("logPages"), size.logPages},
    };
}

// "138.6 MB": 10^6 bytes, as the blog's sizes count them (example 3's 16,916 pages are its "138MB").
QString bytesText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString backupLine(const CfpBackupSize &size)
{
    return CfpCommand::tr("%1 pages (%2): %3 disk-based, %4 memory-optimized, %5 log")
        .arg(size.pages()).arg(bytesText(size.bytes())).arg(size.diskPages).arg(size.memoryOptimizedPages).arg(size.logPages);
}

} // namespace

QByteArray CfpCommand::report(const CfpSource &source, Format format)
{
    const QList<CfpStateTotal> totals = cfpStateTotals(source.inventory);
    const CfpBackupSize full = CfpEstimator::fullBackup(source.inventory, source.version, source.inputs);
    const CfpBackupSize differential = CfpEstimator::differentialBackup(source.inventory, source.version, source.inputs);
    const CfpRestoreNeeds restore = CfpEstimator::restoreNeeds(source.inventory);

    if (format == Format::Json) {
        QJsonArray cfps;
        for (const CfpStateTotal &t : totals)
            cfps.append(QJsonObject{
                {QStringLiteral("state"), stateDescription(t.state)},
                {QStringLiteral("pairs"), t.pairs},
                {QStringLiteral("dataBytes"), t.dataBytes},
                {QStringLiteral("dataUsedBytes"), t.dataUsedBytes},
                {QStringLiteral("deltaBytes"), t.deltaBytes},
                {QStringLiteral("deltaUsedBytes"), t.deltaUsedBytes},
            });
        return CliSupport::toJson(QJsonObject{
            {QStringLiteral("version"), CfpVersions::toString(source.version)},
            {QStringLiteral("cfps"), cfps},
            {QStringLiteral("fullBackup"), toJson(full)},
            {QStringLiteral("differentialBackup"), toJson(differential)},
            {QStringLiteral("restore"), QJsonObject{{QStringLiteral("memoryBytes"), restore.memoryBytes},
                                                    {QStringLiteral("diskBytes"), restore.diskBytes}}},
        });
    }

    QStringList lines;
    lines << tr("%1, under the backup rules of SQL Server %2").arg(source.name, CfpVersions::toString(source.version));
    // A table of the pairs per state; sizes in bytes, so the columns add up exactly.
    const QStringList header{tr("state"), tr("pairs"), tr("data bytes"), tr("data used"), tr("delta bytes"), tr("delta used")};
    QList<QStringList> rows{header};
    for (const CfpStateTotal &t : totals)
        rows.append({stateDescription(t.state), QString::number(t.pairs), QString::number(t.dataBytes),
                     QString::number(t.dataUsedBytes), QString::number(t.deltaBytes), QString::number(t.deltaUsedBytes)});
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    for (const QStringList &row : std::as_const(rows)) {
        QString line = QStringLiteral("  ") + row[0].leftJustified(widths[0]);
        for (qsizetype c = 1; c < row.size(); ++c)
            line += QStringLiteral("  ") + row[c].rightJustified(widths[c]);
        lines << line;
    }
    lines << tr("full backup          %1").arg(backupLine(full));
    lines << tr("differential backup  %1").arg(backupLine(differential));
    lines << tr("restore              memory %1, disk to provision %2 (4 x memory)")
                 .arg(bytesText(restore.memoryBytes), bytesText(restore.diskBytes));
    return CliSupport::textLines(lines);
}

int CfpCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the checkpoint file pairs of a memory-optimized filegroup per state and estimates the full and "
           "differential backups and what a restore needs (docs/cfp.md). Exit status: 0 estimated, 2 the input "
           "could not be read or estimated."));
    const QCommandLineOption example(QStringLiteral("example"),
                                     tr("Play example <n> (1 to 5) of Microsoft's blog \"Database Backup with "
                                        "Memory-Optimized Tables\" instead of FILE."),
                                     tr("n"));
    const QCommandLineOption version(QStringLiteral("version"),
                                     tr("The backup rules (and checkpoint file lifecycle) of SQL Server "
                                        "2014-ctp2, 2014 or 2016 (and later); by default the input's."),
                                     tr("version"));
    const QCommandLineOption chart(QStringLiteral("chart"),
                                   tr("Also render the CFP state chart (as the designer's Checkpoint Files dock "
                                      "shows it) to <file>, PNG or SVG by its suffix; no display is needed."),
                                   tr("file"));
    parser.addOption(example);
    parser.addOption(version);
    parser.addOption(chart);
    parser.addOption(CliSupport::formatOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A CFP workload (JSON, docs/cfp.md), or - for standard input."),
                                 QStringLiteral("cfp (FILE | --example N)"));
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        CliSupport::printError(parser.errorText());
        return ExitUnreadable;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(ExitOk);
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(example) ? !files.isEmpty() : files.size() != 1) {
        CliSupport::printError(tr("give either FILE or --example N; see --help"));
        return ExitUnreadable;
    }
    const auto format = CliSupport::format(parser);
    if (!format)
        return ExitUnreadable;
    if (parser.isSet(chart)) {
        if (const QString why = CfpChartFile::badSuffix(parser.value(chart)); !why.isEmpty()) {
            CliSupport::printError(why);
            return ExitUnreadable;
        }
    }
    std::optional<CfpVersion> chosen;
    if (parser.isSet(version)) {
        chosen = CfpVersions::parse(parser.value(version));
        if (!chosen) {
            CliSupport::printError(tr("unknown version \"%1\": expected %2").arg(parser.value(version), CfpVersions::names()));
            return ExitUnreadable;
        }
    }

    std::optional<CfpSource> source;
    if (parser.isSet(example)) {
        bool isNumber = false;
        const int number = parser.value(example).toInt(&isNumber);
        source = CfpInput::example(isNumber ? number : 0, chosen);
    } else {
        source = CfpInput::read(files.constFirst(), chosen);
    }
    if (!source)
        return ExitUnreadable;
    if (const QString why = CfpVersions::mismatch(source->inventory, source->version); !why.isEmpty()) {
        CliSupport::printError(tr("%1: %2; choose --version %3")
                                   .arg(source->name, why,
                                        source->version == CfpVersion::SqlServer2016 ? QStringLiteral("2014 or 2014-ctp2")
                                                                                     : QStringLiteral("2016")));
        return ExitUnreadable;
    }
    const int unsized = CfpEstimator::fullBackup(source->inventory, source->version, source->inputs).unsizedFiles;
    if (unsized > 0)
        CliSupport::printError(tr("%1: warning: %n file(s) without the size their state's rule needs counted as 0 bytes; "
                                  "the estimates are lower bounds", nullptr, unsized)
                                   .arg(source->name));
    // The chart first: a command that cannot write it fails whole, printing no report to pipe on.
    if (QString error; parser.isSet(chart) && !CfpChartFile::write(*source, parser.value(chart), &error)) {
        CliSupport::printError(error);
        return ExitUnreadable;
    }
    CliSupport::printOut(report(*source, *format));
    return ExitOk;
}

} // namespace rd::cli
