// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The values random edits are made of (randomedits.h): plan and step indexes, backup ids,
// filegroup, file and mark names, times, and a step changed as the step editor changes it; now
// and then one that names nothing or lies out of range, as an odd edit would.

#include "model/document/projectdocument.h"
#include "model/domain/plansteps.h"
#include "model/domain/plantime.h"
#include "randomnumbers.h"

#include <algorithm>

namespace rd::test {

class RandomValues
{
public:
    RandomValues(Random &random, const ProjectDocument &document) : m_random(random), m_document(document) {}

protected:
    const Project &project() const { return m_document.project(); }

    /// A plan index; now and then one out of range (the edit then changes nothing).
    int plan()
    {
        const int n = int(project().plans.size());
        if (n == 0 || m_random.chance(4))
            return m_random.chance(50) ? -1 : n;
        return m_random.below(n);
    }

    /// A position in a list of `n`: mostly inside, now and then out of range.
    int index(int n)
    {
        if (n == 0 || m_random.chance(6))
            return m_random.chance(50) ? -1 : n + m_random.below(3);
        return m_random.below(n);
    }

    QStringList backupIds() const
    {
        QStringList ids;
        for (const Backup &b : project().backups)
            ids << b.id;
        return ids;
    }

    /// An existing backup id, or now and then one that names no backup.
    QString backupId()
    {
        const QStringList ids = backupIds();
        if (ids.isEmpty() || m_random.chance(8))
            return QStringLiteral("no_such_backup");
        return m_random.pick(ids);
    }

    /// A filegroup of the layout (its name in any case), or now and then one it does not have.
    QString filegroupName()
    {
        const QList<Filegroup> &fgs = project().database.filegroups;
        if (fgs.isEmpty() || m_random.chance(8))
            return QStringLiteral("NoSuchFilegroup");
        const QString name = m_random.pick(fgs).name;
        return m_random.chance(15) ? name.toLower() : name;
    }

    QStringList dataFileNames() const
    {
        QStringList names;
        for (const Filegroup &fg : project().database.filegroups)
            for (const DataFile &f : fg.files)
                names << f.name;
        return names;
    }

    /// A log file's name, or a name no file has when the database has no log file.
    QString logFileName()
    {
        const QList<DataFile> &logs = project().database.logFiles;
        return logs.isEmpty() ? QStringLiteral("no_such_log") : m_random.pick(logs).name;
    }

    QStringList markNames() const
    {
        QStringList names;
        for (const TimelineEvent &e : project().events)
            if (e.kind == EventKind::Mark)
                names << e.name;
        return names;
    }

    /// A time inside the history (between the first and the last time it gives), or outside it.
    QDateTime time()
    {
        QList<QDateTime> times{PlanTime::make(2024, 3, 4, 0, 0)}; // when the history has none
        for (const Backup &b : project().backups)
            times << b.start << b.finish;
        for (const TimelineEvent &e : project().events)
            times << e.at;
        times.removeIf([](const QDateTime &t) { return !t.isValid(); });
        if (times.size() > 1)
            times.removeFirst();
        const auto [lo, hi] = std::minmax_element(times.begin(), times.end());
        const QDateTime first = *lo, last = *hi;
        switch (m_random.below(6)) {
        case 0: return first.addDays(-1 - m_random.below(400)); // before the history
        case 1: return last.addSecs(1 + m_random.below(86400)); // after it
        case 2: return first.addSecs(first.secsTo(last) / 2).addMSecs(m_random.below(1000)); // milliseconds
        default: return first.addSecs(m_random.below(int(qMin<qint64>(first.secsTo(last), 1 << 30)) + 1));
        }
    }

    /// `step` with one field changed as the step editor changes it; *text its undo text ("%1" = the step).
    PlanStep changed(PlanStep step, QString *text)
    {
        QString t;
        switch (m_random.below(15)) {
        case 0: {
            const QList<StepStatement> all{StepStatement::RestoreDatabase, StepStatement::RestoreLog, StepStatement::BackupLog,
                                           StepStatement::SetOffline, StepStatement::SetOnline,
                                           StepStatement::SetFileOffline, StepStatement::RemoveFilegroup};
            step.statement = m_random.pick(all);
            t = QStringLiteral("Change step %1 to a statement");
            break;
        }
        case 1:
            step.backup = m_random.chance(15) ? QString() : backupId();
            t = QStringLiteral("Use a backup in step %1");
            break;
        case 2:
            step.recovery = RecoveryOption(m_random.below(4));
            t = QStringLiteral("Set a recovery option on step %1");
            break;
        case 3:
            step.standbyFile = m_random.chance(70) ? QStringLiteral("c:\\standby\\undo_%1.dat").arg(m_random.below(3)) : QString();
            t = QStringLiteral("Set the standby file of step %1");
            break;
        case 4: {
            const QString fg = filegroupName();
            const bool on = !step.filegroups.contains(fg, Qt::CaseInsensitive);
            step = PlanSteps::withFilegroupToggled(step, fg, on, project().database.filegroups);
            t = QStringLiteral("Toggle filegroup ") + fg + QStringLiteral(" on step %1");
            break;
        }
        case 5: {
            const QList<QStringList> pages{{}, {QStringLiteral("1:57")}, {QStringLiteral("1:57"), QStringLiteral("3:12")},
                                           {QStringLiteral("x:y")}, {QStringLiteral("1:-1")}, {QStringLiteral("99999:1")}};
            step.pages = m_random.pick(pages);
            t = QStringLiteral("Set the pages of step %1");
            break;
        }
        case 6: step.partial = !step.partial; t = QStringLiteral("Toggle PARTIAL on step %1"); break;
        case 7: step.replace = !step.replace; t = QStringLiteral("Toggle REPLACE on step %1"); break;
        case 8:
            step.continueAfterError = !step.continueAfterError;
            t = QStringLiteral("Toggle CONTINUE_AFTER_ERROR on step %1");
            break;
        case 9:
        case 10: // the step editor's STOPAT: inside the history, outside it, or none
            step.stopAt = m_random.chance(20) ? QDateTime() : time();
            t = QStringLiteral("Set STOPAT on step %1");
            break;
        case 11: {
            const QStringList marks = markNames() << QStringLiteral("no_such_mark");
            QString &mark = m_random.chance(50) ? step.stopAtMark : step.stopBeforeMark;
            mark = m_random.chance(20) ? QString() : m_random.pick(marks);
            if (m_random.chance(30))
                step.markAfter = time();
            t = QStringLiteral("Set a mark on step %1");
            break;
        }
        case 12: {
            const QStringList files = dataFileNames() << QStringLiteral("no_such_file");
            step.files = m_random.chance(30) ? QStringList() : QStringList{m_random.pick(files)};
            step.readWriteFilegroups = m_random.chance(10);
            t = QStringLiteral("Set the files of step %1");
            break;
        }
        case 13:
            step.move = m_random.chance(30) ? QList<FileMove>()
                                            : QList<FileMove>{{m_random.pick(dataFileNames() << QStringLiteral("x")),
                                                              QStringLiteral("d:\\moved.ndf")}};
            step.replace = m_random.chance(50);
            t = QStringLiteral("Move files in step %1");
            break;
        default: {
            step.norecovery = m_random.chance(50);
            step.noTruncate = m_random.chance(30);
            step.keepReplication = m_random.chance(20);
            step.keepCdc = m_random.chance(20);
            step.restrictedUser = m_random.chance(20);
            const QList<qint64> sizes{0, 65536, 4 * 1024 * 1024, 1, -1};
            step.maxTransferSize = m_random.pick(sizes);
            t = QStringLiteral("Set options on step %1");
            break;
        }
        }
        if (text)
            *text = t;
        return step;
    }

    Random &m_random;
    const ProjectDocument &m_document;
};

} // namespace rd::test
