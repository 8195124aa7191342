// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared by the model tests: loads the bundled sample (and makes variants of it) or a test plan,
// failing the test clearly.
#include "model/domain/plantime.h"
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

/// `p` (on the sample's day) with the whole database lost at 05:00 and a full backup
/// `after_failure` drawn at 05:30, which cannot have been taken (R-BAK-004).
inline Project withBackupAfterFailure(Project p)
{
    p.events << TimelineEvent{.kind = EventKind::Failure, .at = PlanTime::make(2017, 3, 6, 5, 0), .wholeDatabase = true};
    p.backups << Backup{.id = QStringLiteral("after_failure"), .type = BackupType::Full,
                        .start = PlanTime::make(2017, 3, 6, 5, 30), .finish = PlanTime::make(2017, 3, 6, 5, 31)};
    return p;
}

/// A log backup on the sample's day (2017-03-06), ten seconds long, with the given LSN range.
inline Backup logBackup(const char *id, const char *first, const char *last, int hour, int minute)
{
    Backup b;
    b.id = QString::fromLatin1(id);
    b.type = BackupType::Log;
    b.firstLsn = Lsn::fromString(QString::fromLatin1(first));
    b.lastLsn = Lsn::fromString(QString::fromLatin1(last));
    b.start = PlanTime::make(2017, 3, 6, hour, minute);
    b.finish = b.start.addSecs(10);
    b.media = {QStringLiteral("c:\\data\\%1.trn").arg(b.id)};
    return b;
}

} // namespace rd::test
