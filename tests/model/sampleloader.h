#pragma once

// Shared by the model tests: loads the bundled sample or a test plan, failing the test clearly.
#include "model/io/planjsonreader.h"

#include <QTest>

namespace rd::test {

inline QString samplePath()
{
    return QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json");
}

inline Project loadProject(const QString &path)
{
    const LoadResult r = PlanJsonReader::readFile(path);
    if (!r.ok())
        qFatal("cannot load %s: %s", qPrintable(path), qPrintable(r.error));
    return *r.project;
}

inline Project sample() { return loadProject(samplePath()); }

} // namespace rd::test
