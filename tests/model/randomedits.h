// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Random edits of a project, for the property tests (tst_editproperties): every kind of
// ProjectEdit, built as the designer builds it (ui/designeractions.cpp, the step editor, the
// timeline's drag, the Diagnostics dock's fix) or deliberately odd (a dangling id, an index out of
// range, a duplicate name, a time outside the history). Reproducible: the same seed, scenario and
// project give the same edits on every platform.

#include "model/commands/editcommand.h"
#include "model/commands/projectedits.h"
#include "model/domain/plansteps.h"
#include "describeedit.h"
#include "randomvalues.h"

namespace rd::test {

/// One EditCommand as a view pushes it.
struct RandomPush
{
    int plan = -1;
    ProjectEdit edit;
    QString text; ///< the undo text; empty = ProjectEdits::undoText
    EditCommand::Merge merge = EditCommand::Merge::Never;
};

/// What one user action pushes: one command, or several in a macro (a drag on the timeline).
struct RandomAction
{
    QString what;            ///< for the failure log
    QString macro;           ///< the macro's text when the pushes are one undo step
    QList<RandomPush> pushes;
};

/// Makes random actions against the document's current project (and findings, for fixes).
class RandomEdits : private RandomValues
{
public:
    RandomEdits(Random &random, const ProjectDocument &document) : RandomValues(random, document) {}

    /// The next action: any kind of edit, a composite, a drag, or the fix of a random finding.
    RandomAction next()
    {
        // One push each; step inserts and changes twice, as they are the designer's most common edits.
        using Make = RandomPush (RandomEdits::*)();
        const QList<Make> single{&RandomEdits::insertStep, &RandomEdits::insertStep, &RandomEdits::replaceStep,
                                 &RandomEdits::replaceStep, &RandomEdits::removeStep, &RandomEdits::moveStep,
                                 &RandomEdits::replaceTarget, &RandomEdits::addPlan, &RandomEdits::addBackup,
                                 &RandomEdits::replaceBackup, &RandomEdits::removeBackup, &RandomEdits::addFilegroup,
                                 &RandomEdits::replaceFilegroup, &RandomEdits::removeFilegroup,
                                 &RandomEdits::renameFilegroup, &RandomEdits::setReadOnly, &RandomEdits::removeEvent, &RandomEdits::addEvent, &RandomEdits::replaceEvent,
                                 &RandomEdits::setDatabase, &RandomEdits::setEnvironment, &RandomEdits::setFilegroupType,
                                 &RandomEdits::fileEdit, &RandomEdits::cfpSnapshotEdit, &RandomEdits::composite};
        for (;;) {
            // Then a drag, and fixes three times: they are where most of the model's edits come from.
            const int k = m_random.below(single.size() + 4);
            const RandomAction a = k < single.size() ? described((this->*single[k])())
                                 : k == single.size() ? drag()
                                                      : fix();
            if (!a.pushes.isEmpty())
                return a;
        }
    }

private:
    static RandomAction described(const RandomPush &p)
    {
        if (!p.edit.isValid())
            return {};
        return {QStringLiteral("push on plan %1: %2").arg(p.plan).arg(describe(p.edit)), {}, {p}};
    }

    // --- steps (the step editor, Add Step, Add Backup to Plan, Remove Step, Move Step) ---

    RandomPush insertStep()
    {
        const int p = plan();
        const int steps = p >= 0 && p < project().plans.size() ? int(project().plans[p].steps.size()) : 0;
        const int at = m_random.chance(40) ? steps : m_random.chance(85) ? m_random.below(steps + 1) : index(steps);
        PlanStep step;
        if (const Backup *b = project().backup(backupId()); b && m_random.chance(70))
            step = PlanSteps::restoreOf(*b, RecoveryOption::NoRecovery);
        else if (m_random.chance(60))
            step = PlanSteps::recoveryOnly();
        else
            step = PlanSteps::tailLogBackup(m_random.chance(50) ? backupId() : QString());
        if (m_random.chance(25))
            step = changed(step, nullptr);
        return {p, ProjectEdit::insert(at, step)};
    }

    RandomPush replaceStep()
    {
        const int p = plan();
        if (p < 0 || p >= project().plans.size() || project().plans[p].steps.isEmpty())
            return {p, ProjectEdit::replace(m_random.below(3), PlanSteps::recoveryOnly())}; // no such step
        const QList<PlanStep> &steps = project().plans[p].steps;
        const int i = m_random.chance(95) ? m_random.below(steps.size()) : index(int(steps.size()));
        const PlanStep &current = steps[qBound(0, i, int(steps.size()) - 1)];
        QString text;
        PlanStep step = changed(current, &text);
        if (m_random.chance(15)) // several fields at once: no view does that, an edit may
            return {p, ProjectEdit::replace(i, changed(step, nullptr))};
        // The step editor's push: its text, merging with the same change of the same step.
        return {p, ProjectEdit::replace(i, step), text.arg(i + 1), EditCommand::Merge::Consecutive};
    }

    RandomPush removeStep()
    {
        const int p = plan();
        const int steps = p >= 0 && p < project().plans.size() ? int(project().plans[p].steps.size()) : 0;
        return {p, ProjectEdit::remove(index(steps))};
    }

    RandomPush moveStep()
    {
        const int p = plan();
        const int steps = p >= 0 && p < project().plans.size() ? int(project().plans[p].steps.size()) : 0;
        const int from = index(steps);
        const int to = m_random.chance(70) ? from + (m_random.chance(50) ? 1 : -1) : index(steps); // Move Step Up/Down
        return {p, ProjectEdit::move(from, to)};
    }

    RandomPush replaceTarget()
    {
        RestoreTarget target;
        target.kind = RestoreTarget::Kind(m_random.below(3));
        if (target.kind == RestoreTarget::Kind::PointInTime)
            target.pointInTime = m_random.chance(90) ? time() : QDateTime();
        if (target.kind == RestoreTarget::Kind::Mark) {
            target.mark = m_random.pick(markNames() << QStringLiteral("no_such_mark") << QString());
            target.beforeMark = m_random.chance(50);
        }
        return {plan(), ProjectEdit::replaceTarget(target)};
    }

    RandomPush addPlan()
    {
        Plan p;
        p.name = QStringLiteral("Restore plan %1").arg(project().plans.size() + 1);
        if (!project().plans.isEmpty() && m_random.chance(30)) // a copy, even of its name
            p = m_random.pick(project().plans);
        return {-1, ProjectEdit::addPlan(p)};
    }

    // --- backups (Add Backup, Remove Backup, the timeline's drag; a changed backup) ---

    RandomPush addBackup()
    {
        const auto type = BackupType(m_random.below(int(BackupType::Log) + 1));
        bool timed = false;
        for (const Backup &b : project().backups)
            timed = timed || b.start.isValid() || b.finish.isValid();
        // Without a timed backup the designer's default is the current hour: not reproducible.
        const QDateTime start = timed && m_random.chance(50) ? QDateTime() : time();
        return {-1, ProjectEdits::newBackup(project(), type, start, filegroupName())};
    }

    RandomPush replaceBackup()
    {
        if (project().backups.isEmpty())
            return {};
        Backup b = m_random.pick(project().backups);
        const QString from = b.id;
        switch (m_random.below(12)) {
        case 0: b.copyOnly = !b.copyOnly; break;
        case 1: b.damaged = !b.damaged; break;
        case 2: b.failed = !b.failed; break;
        case 3: b.type = BackupType(m_random.below(int(BackupType::Log) + 1)); break;
        case 4: // a new id the plans follow; now and then another backup's (a duplicate) or none

            b.id = m_random.chance(70) ? project().uniqueBackupId(b.id + QStringLiteral("_renamed"))
                 : m_random.chance(50) ? backupId() : QString();
            break;
        case 5: b.filegroups = m_random.chance(30) ? QStringList() : QStringList{filegroupName()}; break;
        case 6: b.lastLsn = {}; b.firstLsn = m_random.chance(50) ? Lsn() : b.firstLsn; break; // derived instead
        case 7: std::swap(b.firstLsn, b.lastLsn); break; // a range that ends before it starts
        case 8: std::swap(b.start, b.finish); break;
        case 9: b.mediaFamilyCount = int(b.media.size()) + m_random.below(3); b.media = m_random.chance(20) ? QStringList() : b.media; break;
        case 10:
            b.readOnlyFilegroups = m_random.chance(30) ? std::nullopt : std::optional<QStringList>(QStringList{filegroupName()});
            b.recoveryModel = m_random.chance(30) ? std::nullopt : std::optional<RecoveryModel>(RecoveryModel(m_random.below(3)));
            break;
        default:
            b.hasBulkLoggedData = m_random.chance(50);
            b.encrypted = m_random.chance(30);
            b.snapshot = m_random.chance(20);
            b.tailLog = m_random.chance(30);
            b.softwareVersion = m_random.chance(50) ? QString() : QStringLiteral("16.0.1000");
            break;
        }
        return {-1, ProjectEdit::replaceBackup(b, m_random.chance(95) ? from : backupId())};
    }

    RandomPush removeBackup() { return {-1, ProjectEdit::removeBackup(backupId())}; }

    /// The timeline's drag: moves of one backup, merged, in a macro.
    RandomAction drag()
    {
        const QString id = backupId();
        const Backup *b = project().backup(id);
        const QDateTime origin = b && b->start.isValid() ? b->start : time();
        RandomAction a{QStringLiteral("drag of '%1':").arg(id), QStringLiteral("Move backup %1").arg(id), {}};
        for (int k = 1 + m_random.below(3); k > 0; --k) {
            const QDateTime start = m_random.chance(5) ? QDateTime() : origin.addSecs(60 * (m_random.below(241) - 120));
            a.pushes << RandomPush{-1, ProjectEdit::moveBackup(id, start), {}, EditCommand::Merge::Consecutive};
            a.what += QLatin1Char(' ') + (start.isValid() ? PlanTime::toString(start) : QStringLiteral("(no time)"));
        }
        if (m_random.chance(30)) // a drag without its macro: consecutive moves merge on their own
            a.macro.clear();
        else
            a.what += QStringLiteral(", in a macro");
        return a;
    }

    // --- filegroups (Add Filegroup, Rename, Read-Only, Remove; a changed filegroup) ---

    RandomPush addFilegroup()
    {
        Filegroup fg;
        fg.type = FilegroupType(m_random.below(3));
        fg.name = m_random.chance(85) ? QStringLiteral("FG_%1").arg(project().database.filegroups.size() + 1)
                                      : m_random.pick(QStringList{filegroupName(), QStringLiteral("it's]odd"), QString()});
        if (m_random.chance(80))
            fg.files << DataFile{fg.name + QStringLiteral("_1"), QStringLiteral("c:\\data\\%1_1.ndf").arg(fg.name), 1 << 20};
        return {-1, ProjectEdit::addFilegroup(fg)};
    }

    RandomPush replaceFilegroup()
    {
        const Filegroup *current = project().database.filegroup(filegroupName());
        Filegroup fg = current ? *current : Filegroup{QStringLiteral("NoSuchFilegroup")};
        switch (m_random.below(4)) {
        case 0: fg.abandon = !fg.abandon; break;
        case 1: fg.type = FilegroupType(m_random.below(3)); break;
        case 2: fg.files.clear(); break;
        default: fg.files << DataFile{fg.name + QStringLiteral("_extra"), QStringLiteral("c:\\data\\extra.ndf"), 0}; break;
        }
        return {-1, ProjectEdit::replaceFilegroup(fg)};
    }

    RandomPush removeFilegroup() { return {-1, ProjectEdit::removeFilegroup(filegroupName())}; }

    RandomPush renameFilegroup()
    {
        const QString name = filegroupName();
        QString newName = QStringLiteral("%1_renamed").arg(name);
        if (m_random.chance(20)) // another filegroup's name, this one's in another case, or odd characters
            newName = m_random.pick(QStringList{filegroupName(), name.toUpper(), QStringLiteral("[b]'c")});
        return {-1, ProjectEdit::renameFilegroup(name, newName)};
    }

    RandomPush setReadOnly()
    {
        const QString name = filegroupName();
        const Filegroup *fg = project().database.filegroup(name);
        return {-1, ProjectEdit::setFilegroupReadOnly(name, fg ? !fg->readOnly : m_random.chance(50))};
    }

    // --- the Inspector: the database, the target server, a filegroup's kind and files ---

    RandomPush setDatabase()
    {
        Database db = project().database;
        switch (m_random.below(4)) {
        case 0: db.name = m_random.pick(QStringList{QStringLiteral("sales"), QStringLiteral("[odd]'name"), QString()}); break;
        case 1: db.edition = Edition(m_random.below(5)); break;
        case 2: db.recoveryModel = RecoveryModel(m_random.below(3)); break;
        default: db.readOnly = !db.readOnly; break;
        }
        return {-1, ProjectEdit::setDatabase(db)};
    }

    RandomPush setEnvironment()
    {
        RestoreEnvironment env = project().environment;
        switch (m_random.below(4)) {
        case 0: env.databaseExists = !env.databaseExists; break;
        case 1: env.memoryAvailableBytes = m_random.chance(50) ? 0 : qint64(m_random.below(4096)) * 1024 * 1024; break;
        case 2: env.serverVersion = m_random.pick(QStringList{QString(), QStringLiteral("16.0.1000"), QStringLiteral("12.0")}); break;
        default: env.lightweightPooling = !env.lightweightPooling; break;
        }
        return {-1, ProjectEdit::setEnvironment(env)};
    }

    RandomPush setFilegroupType() { return {-1, ProjectEdit::setFilegroupType(filegroupName(), FilegroupType(m_random.below(3)))}; }

    /// Add, remove, change or move a data file (sometimes a log file), sometimes one that does not exist or a taken name.
    RandomPush fileEdit()
    {
        const QStringList files = dataFileNames();
        const QString file = files.isEmpty() || m_random.chance(8) ? QStringLiteral("no_such_file") : m_random.pick(files);
        switch (m_random.below(4)) {
        case 0: {
            const QString fg = filegroupName();
            const Filegroup *g = project().database.filegroup(fg);
            DataFile f = ProjectEdits::newFile(project().database, fg, g ? g->type : FilegroupType::Rows);
            if (m_random.chance(15))
                f.name = file; // a taken name
            if (m_random.chance(20)) // ADD LOG FILE
                return {-1, ProjectEdit::addLogFile(m_random.chance(80) ? ProjectEdits::newLogFile(project().database) : f)};
            return {-1, ProjectEdit::addFile(fg, f)};
        }
        case 1: return {-1, ProjectEdit::removeFile(m_random.chance(20) ? logFileName() : file)};
        case 2: {
            const QString changed = m_random.chance(20) ? logFileName() : file; // a log file too
            DataFile f{.name = m_random.chance(50) ? changed : changed + QStringLiteral("_renamed"),
                       .path = QStringLiteral("d:\\x\\") + changed, .sizeBytes = qint64(m_random.below(1000)) * 1024};
            return {-1, ProjectEdit::replaceFile(changed, f)};
        }
        default: return {-1, ProjectEdit::moveFile(file, filegroupName())};
        }
    }

    RandomPush addEvent()
    {
        // A failure (of the whole database, a filegroup, the log too or not), a switch of a
        // filegroup to READ_ONLY, or a mark, at a time of the history.
        TimelineEvent e;
        e.at = time();
        switch (m_random.below(3)) {
        case 0:
            e.kind = EventKind::Failure;
            e.wholeDatabase = m_random.chance(50);
            if (!e.wholeDatabase)
                e.filegroups = {filegroupName()};
            e.logDamaged = m_random.chance(30);
            break;
        case 1:
            e.kind = EventKind::SetReadOnly;
            e.filegroup = filegroupName();
            break;
        default:
            e.kind = EventKind::Mark;
            e.name = QStringLiteral("mark%1").arg(m_random.below(5));
        }
        return {-1, ProjectEdit::addEvent(e)};
    }

    RandomPush replaceEvent()
    {
        // A drag of its marker (the time only), or a change in the event dialog (of its kind too).
        if (project().events.isEmpty())
            return {};
        const TimelineEvent from = m_random.pick(project().events);
        TimelineEvent to = from;
        if (m_random.chance(70))
            to.at = from.at.addSecs(60 * (m_random.below(241) - 120));
        else
            to = addEvent().edit.event;
        return {-1, ProjectEdit::replaceEvent(from, to), {}, m_random.chance(50) ? EditCommand::Merge::Consecutive : EditCommand::Merge::Never};
    }

    RandomPush removeEvent()
    {
        if (project().events.isEmpty())
            return {};
        TimelineEvent e = m_random.pick(project().events);
        if (m_random.chance(10))
            e.at = e.at.addSecs(1); // an event the history does not have
        return {-1, ProjectEdit::removeEvent(e)};
    }

    RandomPush cfpSnapshotEdit()
    {
        // Remove one (sometimes at a time that has none), or add one at a time of the history
        // (sometimes at the time of one there: it replaces it) with a pair or two of either DMV version.
        const QList<CfpSnapshot> &have = project().cfpSnapshots;
        if (!have.isEmpty() && m_random.chance(40)) {
            QDateTime at = m_random.pick(have).at;
            if (m_random.chance(10))
                at = at.addSecs(1);
            return {-1, ProjectEdit::removeCfpSnapshot(at)};
        }
        CfpSnapshot s;
        s.at = !have.isEmpty() && m_random.chance(20) ? m_random.pick(have).at : time();
        s.source = QStringLiteral("random.csv");
        s.inventory.version = m_random.chance(30) ? CheckpointDmvVersion::SqlServer2014 : CheckpointDmvVersion::SqlServer2016;
        const QList<int> states = s.inventory.version == CheckpointDmvVersion::SqlServer2014 ? QList<int>{0, 1, 2, 3, 4, 5, 6, 7}
                                                                                             : QList<int>{0, 1, 2, 3, 8};
        for (int pair = 0, pairs = 1 + m_random.below(2); pair < pairs; ++pair) {
            const QUuid data(uint(2 * pair + 1), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), delta(uint(2 * pair + 2), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            const auto state = CheckpointFileState(m_random.pick(states));
            s.inventory.files << CheckpointFile{.id = data, .pairId = delta, .state = state,
                                                .sizeBytes = qint64(m_random.below(3)) << 24, .usedBytes = std::nullopt,
                                                .rowCount = m_random.below(2000)}
                              << CheckpointFile{.id = delta, .pairId = data, .type = CheckpointFileType::Delta, .state = state,
                                                .sizeBytes = qint64(1) << 20};
        }
        return {-1, ProjectEdit::addCfpSnapshot(s)};
    }

    // --- composites and fixes ---

    /// Two or three edits of any kind (but fixes) as one, on one plan.
    RandomPush composite()
    {
        QList<ProjectEdit> parts;
        int p = -1;
        for (int k = 2 + m_random.below(2); k > 0; --k) {
            RandomPush part;
            switch (m_random.below(9)) {
            case 0: part = insertStep(); break;
            case 1: part = replaceStep(); break;
            case 2: part = removeStep(); break;
            case 3: part = replaceBackup(); break;
            case 4: part = addBackup(); break;
            case 5: part = renameFilegroup(); break;
            case 6: part = replaceTarget(); break;
            case 7: part = fileEdit(); break;
            default: part = setReadOnly(); break;
            }
            if (part.edit.isValid())
                parts << part.edit;
            if (part.plan >= 0)
                p = part.plan;
        }
        return {p, ProjectEdit::composite(parts)};
    }

    /// The Diagnostics dock's Apply Fix: a random finding's edit, on its plan.
    RandomAction fix()
    {
        QList<QPair<int, Diagnostic>> fixable;
        for (int p = 0; p < m_document.project().plans.size(); ++p)
            for (const Diagnostic &d : m_document.diagnostics(p))
                if (d.edit.isValid())
                    fixable.append({p, d});
        if (fixable.isEmpty())
            return {};
        const auto &[p, d] = m_random.pick(fixable);
        return {QStringLiteral("fix of %1@%2 on plan %3 (%4): %5").arg(d.rule).arg(d.step).arg(p).arg(d.fix, describe(d.edit)),
                {},
                {{p, d.edit, ProjectEdits::fixText(d.fix)}}};
    }
};

} // namespace rd::test
