// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// fuzz_seeds OUTDIR PLAN.json...: saves each JSON plan as a project file, OUTDIR/<name>.rdproj,
// for fuzz_projectfile's seed corpus. Made at build time by ProjectStore::save, so the seeds
// always have the current schema. Exits 1, naming the file, if a plan does not read or save.
#include "model/io/planjsonreader.h"
#include "model/storage/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: fuzz_seeds OUTDIR PLAN.json...\n");
        return 2;
    }
    const QDir out(args[0]);
    if (!out.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "fuzz_seeds: cannot create %s\n", qUtf8Printable(out.path()));
        return 1;
    }
    for (const QString &plan : args.mid(1)) {
        const rd::LoadResult read = rd::PlanJsonReader::readFile(plan);
        QString error = read.error;
        const QString project = out.filePath(QFileInfo(plan).completeBaseName() + QStringLiteral(".rdproj"));
        if (read.ok())
            rd::ProjectStore::save(*read.project, project, &error);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "fuzz_seeds: %s\n", qUtf8Printable(error));
            return 1;
        }
    }
    return 0;
}
