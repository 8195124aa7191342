#include "app/cli/cfpinput.h"

#include "app/cli/clisupport.h"
#include "model/cfp/cfppresets.h"
#include "model/cfp/cfpsimulator.h"
#include "model/cfp/cfpworkloadreader.h"
#include "model/io/inputfile.h"

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
    // Here, once their readers are in the model: a DMV export (CSV or sqlcmd output) and a plan or
    // project with a CFP snapshot, each checked for its own shape before the refusal below.
    CliSupport::printError(tr("%1: not a file the cfp command reads. It reads a CFP workload: a JSON object with "
                              "\"kind\": \"cfp-workload\" (docs/cfp.md); DMV exports of "
                              "sys.dm_db_xtp_checkpoint_files and projects with a CFP snapshot are not read yet")
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
