// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Issue 8, "Model property tests": seeded random sequences of edits over the scenario corpus.
//
// For each scenario of tests/data/scenarios and each seed, a run applies random actions
// (randomedits.h: every ProjectEdit kind the designer offers, odd ones, composites, drags and the
// fixes of random findings) to a ProjectDocument, undoing and redoing at random between them, and
// checks after every change:
//  - the analysis was built for the current project and reads back for every plan: one state per
//    step, every finding a catalog rule on a step of the plan, and the same findings and states a
//    from-scratch analysis gives (the document's analysis reuses what an edit left valid);
//  - what the document told the views changed (DocumentChange) is never narrower than what did;
//  - the saved JSON (PlanJsonWriter) is, byte for byte, the one saved when the undo stack was last
//    at the same index: undoing a command gives back the JSON before it, redoing it the JSON after;
//  - undoing everything gives back the JSON before the sequence (and an unmodified document),
//    redoing everything the JSON after it.
//
// Each scenario gets its own actions from a seed (the seed is mixed with the scenario's name), so
// a run is replayed from the two. Environment variables:
//  - RD_PROPERTY_SEED: the seeds, as `7`, `1,5,9` or a range `1-200` (default 1,2: a few seconds
//    in Debug, as the CTest suite runs on every commit);
//  - RD_PROPERTY_EDITS: actions per run (default 6);
//  - RD_PROPERTY_TRACE=1: prints every action to stderr as it is done (for a crash, which Qt Test
//    reports with the scenario and seed but not the actions).
// A failure prints the scenario, the seed, the command line that replays it and the actions so far.
// A long soak (README.md, "Property tests"): RD_PROPERTY_SEED=1-100 RD_PROPERTY_EDITS=40.

#include "model/analysis/projectanalysis.h"
#include "model/rules/rulecatalog.h"
#include "randomedits.h"
#include "sampleloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <utility>

using namespace rd;
using namespace rd::test;

namespace {

struct Settings
{
    QList<quint64> seeds{1, 2};
    int edits = 6;
    bool trace = false;
    QString error; ///< a variable that cannot be read, named
};

/// `7`, `1,5,9` or `1-200`; empty on error.
QList<quint64> parseSeeds(const QString &text)
{
    QList<quint64> seeds;
    for (const QString &part : text.split(u',')) {
        const QStringList range = part.trimmed().split(u'-');
        bool ok1 = false, ok2 = true;
        const quint64 first = range.first().toULongLong(&ok1);
        const quint64 last = range.size() == 2 ? range.last().toULongLong(&ok2) : first;
        if (!ok1 || !ok2 || range.size() > 2 || last < first || last - first > 1000000)
            return {};
        for (quint64 s = first; s <= last; ++s)
            seeds << s;
    }
    return seeds;
}

Settings settings()
{
    Settings s;
    if (const QString seeds = qEnvironmentVariable("RD_PROPERTY_SEED"); !seeds.isEmpty()) {
        s.seeds = parseSeeds(seeds);
        if (s.seeds.isEmpty())
            s.error = QStringLiteral("RD_PROPERTY_SEED='%1': expected a seed (7), a list (1,5,9) or a range (1-200)").arg(seeds);
    }
    if (const QString edits = qEnvironmentVariable("RD_PROPERTY_EDITS"); !edits.isEmpty()) {
        bool ok = false;
        s.edits = edits.toInt(&ok);
        if (!ok || s.edits < 1)
            s.error = QStringLiteral("RD_PROPERTY_EDITS='%1': expected a positive number of actions").arg(edits);
    }
    const QString trace = qEnvironmentVariable("RD_PROPERTY_TRACE");
    s.trace = !trace.isEmpty() && trace != QLatin1String("0");
    return s;
}

QString scenarioDir()
{
    return QStringLiteral(RD_SOURCE_DIR "/tests/data/scenarios");
}

/// The first line where two saved JSON texts differ, both versions.
QString firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> e = expected.split('\n'), a = actual.split('\n');
    for (qsizetype i = 0; i < qMax(e.size(), a.size()); ++i)
        if (e.value(i) != a.value(i))
            return QStringLiteral("line %1: expected `%2`, got `%3`")
                .arg(i + 1).arg(QString::fromUtf8(e.value(i).trimmed()), QString::fromUtf8(a.value(i).trimmed()));
    return QStringLiteral("no line differs");
}

/// The backups of `list` with this id, in order (ids may repeat after an odd edit).
BackupList withId(const BackupList &list, const QString &id)
{
    BackupList out;
    for (const Backup &b : list)
        if (b.id == id)
            out << b;
    return out;
}

/// What changed from `before` to `after` that `change` does not announce (empty: nothing).
QString unannounced(const DocumentChange &change, const Project &before, const Project &after)
{
    QStringList missing;
    if (before.database != after.database && !change.touches(ChangeKind::Layout))
        missing << QStringLiteral("the layout");
    if (before.events != after.events && !change.touches(ChangeKind::Events))
        missing << QStringLiteral("the events");
    if (before.description != after.description && !change.touches(ChangeKind::Description))
        missing << QStringLiteral("the description");
    if (before.cfpSnapshots != after.cfpSnapshots && !change.touches(ChangeKind::CfpSnapshots))
        missing << QStringLiteral("the CFP snapshots");
    // No ChangeKind names the target's facts: they change every plan's verdicts, so an edit of
    // them must announce every plan.
    if (before.environment != after.environment && !(change.touches(ChangeKind::Plans) && change.plan < 0))
        missing << QStringLiteral("the environment (as every plan)");
    if (before.backups != after.backups) {
        if (!change.touches(ChangeKind::Backups)) {
            missing << QStringLiteral("the backups");
        } else if (!change.backups.isEmpty()) {
            QStringList ids;
            for (const BackupList *list : {&before.backups, &after.backups})
                for (const Backup &b : *list)
                    if (!ids.contains(b.id) && withId(before.backups, b.id) != withId(after.backups, b.id))
                        ids << b.id;
            for (const QString &id : std::as_const(ids))
                if (!change.backups.contains(id))
                    missing << QStringLiteral("backup '%1'").arg(id);
            if (ids.isEmpty())
                missing << QStringLiteral("the order of the backups");
        }
    }
    if (before.plans != after.plans) {
        if (!change.touches(ChangeKind::Plans)) {
            missing << QStringLiteral("the plans");
        } else if (change.plan >= 0) {
            if (before.plans.size() != after.plans.size())
                missing << QStringLiteral("the number of plans");
            for (qsizetype i = 0; i < qMin(before.plans.size(), after.plans.size()); ++i) {
                const Plan &b = before.plans[i], &a = after.plans[i];
                if (i != change.plan && !(b == a))
                    missing << QStringLiteral("plan %1").arg(i);
                if (i != change.plan || change.step < 0 || b == a)
                    continue;
                if (b.name != a.name || !(b.target == a.target) || b.steps.size() != a.steps.size()) {
                    missing << QStringLiteral("plan %1 beyond its step %2").arg(i).arg(change.step);
                    continue;
                }
                for (qsizetype k = 0; k < b.steps.size(); ++k)
                    if (k != change.step && !(b.steps[k] == a.steps[k]))
                        missing << QStringLiteral("step %1 of plan %2").arg(k).arg(i);
            }
        }
    }
    return missing.isEmpty() ? QString()
                             : QStringLiteral("the change announced (kinds 0x%1, plan %2, step %3, backups [%4]) leaves out %5")
                                   .arg(change.kinds.toInt(), 0, 16).arg(change.plan).arg(change.step)
                                   .arg(change.backups.join(u','), missing.join(QStringLiteral(", ")));
}

/// Whether two simulations give the same outcome and states after every step.
bool sameStates(const SimulationResult &a, const SimulationResult &b)
{
    if (a.steps.size() != b.steps.size())
        return false;
    for (qsizetype i = 0; i < a.steps.size(); ++i) {
        const StepState &x = a.steps[i], &y = b.steps[i];
        if (!(x.outcome == y.outcome) || x.database != y.database || x.filegroups != y.filegroups
            || x.redoLsn != y.redoLsn || x.pointInTime != y.pointInTime || x.pagesRestoring != y.pagesRestoring)
            return false;
    }
    return true;
}

/// The document's analysis: built for its project and readable for every plan (one state per
/// step, every finding a catalog rule on a step of the plan).
QString unreadable(const ProjectDocument &doc)
{
    const Project &p = doc.project();
    const ProjectAnalysis &a = doc.analysis();
    if (!(a.project() == p))
        return QStringLiteral("the analysis is not of the current project");
    if (a.planCount() != p.plans.size())
        return QStringLiteral("the analysis has %1 plans, the project %2").arg(a.planCount()).arg(p.plans.size());
    for (int i = 0; i < p.plans.size(); ++i) {
        const qsizetype steps = p.plans[i].steps.size();
        if (doc.simulation(i).steps.size() != steps)
            return QStringLiteral("plan %1: %2 simulated states for %3 steps").arg(i).arg(doc.simulation(i).steps.size()).arg(steps);
        for (const Diagnostic &d : doc.diagnostics(i)) {
            if (!RuleCatalog::find(d.rule))
                return QStringLiteral("plan %1: finding of rule '%2', which the catalog does not have").arg(i).arg(d.rule);
            if (d.step < -1 || d.step >= steps || d.causedBy < -1 || d.causedBy >= steps)
                return QStringLiteral("plan %1: %2 on step %3 caused by %4, of %5 steps")
                    .arg(i).arg(d.rule).arg(d.step).arg(d.causedBy).arg(steps);
        }
        if (doc.errorCount(i) != doc.analysis().plan(i).count(Severity::Error))
            return QStringLiteral("plan %1: %2 errors counted, %3 listed").arg(i).arg(doc.errorCount(i)).arg(doc.analysis().plan(i).count(Severity::Error));
    }
    return {};
}

/// Each plan's findings and simulation (lists share their data: a copy costs little).
struct Analysed
{
    QList<QList<Diagnostic>> findings;
    QList<SimulationResult> simulations;
    QStringList cfpEstimates;  ///< per backup with one: id, snapshot, pages, bound (CfpEstimates)
    QStringList planEstimates; ///< per plan: the memory need and every step's end (PlanEstimate)
};

Analysed analysed(const ProjectAnalysis &a)
{
    Analysed out;
    for (qsizetype i = 0; i < a.planCount(); ++i) {
        out.findings << a.plan(i).diagnostics;
        out.simulations << a.plan(i).simulation;
        const PlanEstimate &e = a.planEstimate(i);
        QString text = e.memory ? QStringLiteral("memory at %1 from %2: %3;").arg(e.memory->step).arg(e.memory->snapshot)
                                      .arg(e.memory->needs.memoryBytes)
                                : QStringLiteral("no load;");
        for (const StepDuration &d : e.duration.steps)
            text += QStringLiteral(" %1%2").arg(d.endSeconds).arg(d.endKnown ? QString() : QStringLiteral("+"));
        out.planEstimates << text;
    }
    for (const Backup &b : a.project().backups)
        if (const BackupCfpEstimate *e = a.cfpEstimate(b.id))
            out.cfpEstimates << QStringLiteral("%1 from %2: %3 pages%4").arg(b.id).arg(e->snapshot)
                                    .arg(e->size.memoryOptimizedPages).arg(e->upperBound ? QStringLiteral(" (upper bound)") : QString());
    return out;
}

QString describeFinding(const Diagnostic &d)
{
    return QStringLiteral("%1@%2 %3 causedBy %4 backup '%5' filegroup '%6': %7 [fix: %8]")
        .arg(d.rule).arg(d.step).arg(toString(d.severity)).arg(d.causedBy).arg(d.backup, d.filegroup, d.message, describe(d.edit));
}

/// The findings one list has and the other does not.
QString findingsDifference(const QList<Diagnostic> &expected, const QList<Diagnostic> &actual)
{
    QString out;
    for (const Diagnostic &d : expected)
        if (!actual.contains(d))
            out += QStringLiteral("\n    missing: ") + describeFinding(d);
    for (const Diagnostic &d : actual)
        if (!expected.contains(d))
            out += QStringLiteral("\n    extra: ") + describeFinding(d);
    return out.isEmpty() ? QStringLiteral(" the same findings in another order") : out;
}

/// Where `actual` differs from `expected` (`whose`: the expected analysis, in words), or empty.
QString difference(const Analysed &expected, const Analysed &actual, const QString &whose)
{
    if (expected.findings.size() != actual.findings.size())
        return QStringLiteral("%1 plans analysed, %2 in %3").arg(actual.findings.size()).arg(expected.findings.size()).arg(whose);
    for (qsizetype i = 0; i < expected.findings.size(); ++i) {
        if (expected.findings[i] != actual.findings[i])
            return QStringLiteral("plan %1: the findings differ from %2:%3").arg(i).arg(whose, findingsDifference(expected.findings[i], actual.findings[i]));
        if (!sameStates(expected.simulations[i], actual.simulations[i]))
            return QStringLiteral("plan %1: the simulated states differ from %2").arg(i).arg(whose);
        if (expected.planEstimates[i] != actual.planEstimates[i])
            return QStringLiteral("plan %1: the estimate \"%2\" differs from %3's \"%4\"")
                .arg(i).arg(actual.planEstimates[i], whose, expected.planEstimates[i]);
    }
    if (expected.cfpEstimates != actual.cfpEstimates)
        return QStringLiteral("the backups' CFP estimates differ from %1:\n    %2\n  instead of\n    %3")
            .arg(whose, actual.cfpEstimates.join(QStringLiteral("\n    ")), expected.cfpEstimates.join(QStringLiteral("\n    ")));
    return {};
}

/// What the document holds at one undo index.
struct State
{
    QByteArray json; ///< saved by PlanJsonWriter
    Project project;
    Analysed analysis; ///< checked against a from-scratch analysis when recorded
};

/// One run: a scenario, a seed, a sequence of random actions, undos and redos, checked as it goes.
class EditRun : public QObject
{
public:
    EditRun(const Project &project, const QString &scenario, quint64 seed, bool trace)
        : m_random(seed, scenario), m_edits(m_random, m_doc), m_trace(trace)
    {
        m_doc.reset(project);
        m_seen = m_doc.project();
        m_states << current();
        connect(&m_doc, &ProjectDocument::changed, this, &EditRun::announced);
    }

    /// Runs `actions` actions; the first failure, with the actions so far, or empty.
    QString run(int actions)
    {
        QString failure = check(QStringLiteral("before any edit"), true);
        for (int k = 0; k < actions && failure.isEmpty(); ++k) {
            if (k > 0 && m_random.chance(25))
                failure = undoRedoAtRandom();
            if (failure.isEmpty())
                failure = act(m_edits.next());
        }
        QUndoStack *stack = m_doc.undoStack();
        if (failure.isEmpty())
            failure = moveTo(0, QStringLiteral("undo everything"));
        if (failure.isEmpty() && m_doc.isModified())
            failure = QStringLiteral("the document is modified after undoing everything");
        if (failure.isEmpty())
            failure = moveTo(stack->count(), QStringLiteral("redo everything"));
        if (failure.isEmpty())
            return {};
        return failure + QStringLiteral("\nActions so far:\n  ") + m_log.join(QStringLiteral("\n  "));
    }

private:
    void log(const QString &line)
    {
        m_log << QStringLiteral("%1. %2").arg(m_log.size() + 1).arg(line);
        if (m_trace) { // straight to stderr: QTest stops printing messages after a few thousand
            std::fprintf(stderr, "%s: %s\n", QTest::currentDataTag(), qPrintable(m_log.last()));
            std::fflush(stderr);
        }
    }

    /// After every changed(): the project the views last saw becomes the current one.
    void announced(const DocumentChange &change)
    {
        const QString missing = unannounced(change, m_seen, m_doc.project());
        if (!missing.isEmpty() && m_unannounced.isEmpty())
            m_unannounced = missing;
        m_seen = m_doc.project();
    }

    State current() const { return {PlanJsonWriter::write(m_doc.project()), m_doc.project(), analysed(m_doc.analysis())}; }

    /// The document at undo index `i` is the one recorded there, with the same analysis; a new
    /// state (`fresh`) is checked against a from-scratch analysis instead.
    QString check(const QString &when, bool fresh = false)
    {
        const int i = m_doc.undoStack()->index();
        const State &recorded = m_states[i];
        const State now = current();
        QString problem;
        if (!m_unannounced.isEmpty())
            problem = std::exchange(m_unannounced, QString());
        if (problem.isEmpty() && now.json != recorded.json)
            problem = QStringLiteral("the saved JSON is not the one at undo index %1: %2").arg(i).arg(firstDifference(recorded.json, now.json));
        if (problem.isEmpty() && !(now.project == recorded.project))
            problem = QStringLiteral("the project differs from the one at undo index %1, though its JSON is the same").arg(i);
        if (problem.isEmpty() && m_doc.isModified() != (i != 0))
            problem = QStringLiteral("modified is %1 at undo index %2").arg(m_doc.isModified()).arg(i);
        if (problem.isEmpty())
            problem = unreadable(m_doc);
        if (problem.isEmpty())
            problem = fresh ? difference(analysed(*ProjectAnalysis::build(now.project)), now.analysis, QStringLiteral("a from-scratch analysis"))
                            : difference(recorded.analysis, now.analysis, QStringLiteral("the analysis at that undo index"));
        if (problem.isEmpty() && m_random.chance(30))
            QCoreApplication::processEvents(); // the idle preparation of the history's lookups, as in the designer
        return problem.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(when, problem);
    }

    /// Undoes or redoes to index `target`, checking each state on the way.
    QString moveTo(int target, const QString &what)
    {
        QUndoStack *stack = m_doc.undoStack();
        if (stack->index() == target)
            return {};
        log(QStringLiteral("%1 (undo index %2 to %3)").arg(what).arg(stack->index()).arg(target));
        while (stack->index() != target) {
            const bool back = stack->index() > target;
            back ? stack->undo() : stack->redo();
            if (const QString p = check(QStringLiteral("%1, at undo index %2").arg(what).arg(stack->index())); !p.isEmpty())
                return p;
        }
        return {};
    }

    QString undoRedoAtRandom()
    {
        const QUndoStack *stack = m_doc.undoStack();
        const int steps = 1 + m_random.below(3);
        const int target = m_random.chance(60) ? qMax(0, stack->index() - steps) : qMin(stack->count(), stack->index() + steps);
        return moveTo(target, target < stack->index() ? QStringLiteral("undo") : QStringLiteral("redo"));
    }

    /// Pushes the action's commands, records the new state, and checks that undoing the new command
    /// gives back the state before it and redoing it the state after.
    QString act(const RandomAction &action)
    {
        log(action.what);
        QUndoStack *stack = m_doc.undoStack();
        const int before = stack->index();
        if (!action.macro.isEmpty())
            stack->beginMacro(action.macro);
        for (const RandomPush &p : action.pushes) {
            const int at = stack->index();
            stack->push(new EditCommand(&m_doc, p.plan, p.edit, p.text, p.merge));
            // A push adds a command, or merges into the one below when the view asked for merging.
            const bool merged = stack->index() == at && p.merge == EditCommand::Merge::Consecutive;
            if (action.macro.isEmpty() && stack->index() != at + 1 && !merged)
                return QStringLiteral("a push moved the undo index from %1 to %2").arg(at).arg(stack->index());
            if (action.macro.isEmpty())
                record(at, merged);
        }
        if (!action.macro.isEmpty()) {
            stack->endMacro();
            if (stack->index() != before + 1)
                return QStringLiteral("a macro moved the undo index from %1 to %2").arg(before).arg(stack->index());
            record(before, false);
        }
        const int after = stack->index();
        if (QString p = check(QStringLiteral("after the action"), true); !p.isEmpty())
            return p;
        stack->undo();
        if (QString p = check(QStringLiteral("after undoing the action's last command")); !p.isEmpty())
            return p;
        stack->redo();
        if (QString p = check(QStringLiteral("after redoing it")); !p.isEmpty())
            return p;
        return stack->index() == after ? QString() : QStringLiteral("undo and redo moved the undo index");
    }

    /// The state after a push at undo index `at`: a new one above it, or the merged command's.
    void record(int at, bool merged)
    {
        // A new command keeps the states up to `at`; a merged one replaces the state at `at` (its
        // undo still gives back the state before the command merged into).
        const int kept = merged ? at : at + 1;
        m_states.resize(kept);
        m_states << current();
    }

    ProjectDocument m_doc;
    Random m_random;
    RandomEdits m_edits;
    bool m_trace;
    QList<State> m_states; ///< [i]: the document when the undo index is i
    Project m_seen;             ///< the project the last changed() announced
    QString m_unannounced;      ///< the first change the views were not told of
    QStringList m_log;
};

} // namespace

class TestEditProperties : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void editSequences_data();
    void editSequences();
};

void TestEditProperties::initTestCase()
{
    const Settings s = settings();
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QStringList seeds;
    for (quint64 seed : s.seeds)
        seeds << QString::number(seed);
    qInfo().noquote() << QStringLiteral("seeds %1 (RD_PROPERTY_SEED), %2 actions a run (RD_PROPERTY_EDITS)")
                             .arg(seeds.size() > 10 ? QStringLiteral("%1-%2").arg(seeds.first(), seeds.last()) : seeds.join(u','))
                             .arg(s.edits);
}

void TestEditProperties::editSequences_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<quint64>("seed");
    const QStringList files = QDir(scenarioDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        if (f.endsWith(QLatin1String(".expected.json")))
            continue;
        for (quint64 seed : settings().seeds)
            QTest::addRow("%s seed %llu", qPrintable(f.chopped(5)), qulonglong(seed)) << scenarioDir() + u'/' + f << seed;
    }
}

void TestEditProperties::editSequences()
{
    QFETCH(QString, path);
    QFETCH(quint64, seed);
    const Settings s = settings();
    EditRun run(loadProject(path), QFileInfo(path).completeBaseName(), seed, s.trace);
    const QString failure = run.run(s.edits);
    if (!failure.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 (replay: RD_PROPERTY_SEED=%2 RD_PROPERTY_EDITS=%3 model_tst_editproperties "
                                        "\"editSequences:%4\")\n%5")
                             .arg(QDir(path).dirName()).arg(seed).arg(s.edits).arg(QString::fromUtf8(QTest::currentDataTag()), failure)));
}

QTEST_GUILESS_MAIN(TestEditProperties)
#include "tst_editproperties.moc"
