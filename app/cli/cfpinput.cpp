// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/cli/cfpinput.h"

#include "app/cli/clisupport.h"
#include "model/cfp/cfppresets.h"
#include "model/cfp/cfpsimulator.h"
#include "model/cfp/cfpworkloadreader.h"
#include "model/domain/plantime.h"
#include "model/io/checkpointdmvreader.h"
#include "model/io/inputfile.h"
#include "model/storage/projectfile.h"

#include <QFile>

namespace rd::cli {
namespace {

std::optional<QByteArray> readBytes(const QString &path, const QString &name)
{
    QString why;
    std::optional<QByteArray> bytes;
    if (path == QLatin1String("-")) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            bytes = InputFile::readAll(in, &why);
        else
            why = in.errorString();
        if (!bytes)
            why = QStringLiteral("%1: %2").arg(name, why);
    } else {
        bytes = InputFile::read(path, &why); // refuses directories, devices, FIFOs, sizes over 1 GiB
    }
    if (!bytes)
        CliSupport::printError(why);
    return bytes;
}

// Plays a workload; the inventory and what the estimators need besides.
std::optional<CfpSource> play(CfpWorkload workload, std::optional<CfpVersion> version, const QString &name)
{
    if (version)
        workload.version = *version;
    const CfpSimulation simulation = CfpSimulator::simulate(workload);
    if (!simulation.ok()) {
        CliSupport::printError(QStringLiteral("%1: %2").arg(name, simulation.error));
        return std::nullopt;
    }
    CfpSource source;
    source.name = workload.name.isEmpty() ? name : workload.name;
    source.version = workload.version;
    source.inventory = simulation.inventory;
    source.inputs.diskPages = workload.diskPages;
    source.inputs.logPages = workload.logPages;
    source.inputs.differentialDiskPages = workload.differentialDiskPages;
    source.inputs.dataFilesClosedSinceFull = simulation.dataFilesClosedSinceFull;
    return source;
}

/// The rules an inventory is estimated under when --version is not given: the DMV's own version
/// (SQL Server 2014 RTM for the 2014 column set).
CfpVersion versionOf(const CheckpointInventory &inventory, std::optional<CfpVersion> chosen)
{
    if (chosen)
        return *chosen;
    return inventory.version == CheckpointDmvVersion::SqlServer2014 ? CfpVersion::SqlServer2014 : CfpVersion::SqlServer2016;
}

/// An inventory without its workload: the disk-based pages and the log are not known, so the
/// estimates cover the memory-optimized filegroup only, and the user is told so.
CfpSource fromInventory(const CheckpointInventory &inventory, std::optional<CfpVersion> version, const QString &name)
{
    CliSupport::printError(CfpInput::tr("%1: warning: the disk-based filegroups' pages and the active log are not "
                                        "known from checkpoint files alone; the estimates count them as 0")
                               .arg(name));
    CfpSource source;
    source.name = name;
    source.version = versionOf(inventory, version);
    source.inventory = inventory;
    return source;
}

std::optional<CfpSource> fromDmvExport(const QByteArray &bytes, std::optional<CfpVersion> version, const QString &name)
{
    const CheckpointDmvImport imported = CheckpointDmvReader::read(bytes, name);
    for (const QString &message : imported.messages())
        CliSupport::printError(message);
    if (!imported.ok())
        return std::nullopt;
    return fromInventory(*imported.inventory, version, name);
}

bool looksLikePlanOrProject(const QByteArray &bytes)
{
    const QByteArray start = bytes.left(64).trimmed();
    return bytes.startsWith(QByteArrayLiteral("SQLite format 3")) || start.startsWith('{')
        || start.startsWith("\xef\xbb\xbf{");
}

/// The newest CFP snapshot of a plan or project file (the one the next backups are estimated from).
std::optional<CfpSource> fromSnapshot(const QByteArray &bytes, std::optional<CfpVersion> version, const QString &name)
{
    const LoadResult loaded = ProjectFile::loadBytes(bytes, name);
    for (const QString &warning : loaded.warnings)
        CliSupport::printError(CfpInput::tr("%1: warning: %2").arg(name, warning));
    if (!loaded.ok()) {
        CliSupport::printError(CfpInput::tr("%1: not a CFP workload or a DMV export; read as a plan or project: %2")
                                   .arg(name, loaded.error));
        return std::nullopt;
    }
    const QList<CfpSnapshot> &snapshots = loaded.project->cfpSnapshots;
    if (snapshots.isEmpty()) {
        CliSupport::printError(CfpInput::tr("%1: the project holds no CFP snapshot (cfpSnapshots); import a DMV export "
                                            "of sys.dm_db_xtp_checkpoint_files into it, or give the export itself")
                                   .arg(name));
        return std::nullopt;
    }
    const CfpSnapshot &newest = snapshots.constLast(); // kept in time order
    return fromInventory(newest.inventory, version,
                         CfpInput::tr("%1, CFP snapshot of %2").arg(name, PlanTime::toString(newest.at)));
}

} // namespace

std::optional<CfpSource> CfpInput::read(const QString &path, std::optional<CfpVersion> version)
{
    const QString name = path == QLatin1String("-") ? tr("standard input") : path;
    if (path != QLatin1String("-") && InputFile::kind(path) == InputFile::Kind::Special) {
        CliSupport::printError(tr("%1: %2; to read standard input, give - instead").arg(path, InputFile::refusal(path)));
        return std::nullopt;
    }
    const auto bytes = readBytes(path, name);
    if (!bytes)
        return std::nullopt;

    if (CfpWorkloadReader::isWorkload(*bytes)) {
        QString error;
        QStringList warnings;
        const auto workload = CfpWorkloadReader::read(*bytes, &error, &warnings);
        for (const QString &warning : std::as_const(warnings))
            CliSupport::printError(tr("%1: warning: %2").arg(name, warning));
        if (!workload) {
            CliSupport::printError(QStringLiteral("%1: %2").arg(name, error));
            return std::nullopt;
        }
        return play(*workload, version, name);
    }
    if (CheckpointDmvReader::looksLikeExport(*bytes))
        return fromDmvExport(*bytes, version, name);
    if (looksLikePlanOrProject(*bytes))
        return fromSnapshot(*bytes, version, name);
    CliSupport::printError(tr("%1: not a file the cfp command reads. It reads a CFP workload (a JSON object with "
                              "\"kind\": \"cfp-workload\", docs/cfp.md), an export of "
                              "sys.dm_db_xtp_checkpoint_files saved from SSMS or sqlcmd with its column names "
                              "(docs/cfp-import.md), or a plan or project file holding a CFP snapshot")
                               .arg(name));
    return std::nullopt;
}

std::optional<CfpSource> CfpInput::example(int number, std::optional<CfpVersion> version)
{
    const auto workload = CfpPresets::example(number);
    if (!workload) {
        CliSupport::printError(tr("--example must be a number from 1 to %1").arg(CfpPresets::Count));
        return std::nullopt;
    }
    return play(*workload, version, workload->name);
}

} // namespace rd::cli
