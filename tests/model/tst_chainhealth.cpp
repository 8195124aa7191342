// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/analysis/projectanalysis.h"
#include "model/domain/plantime.h"
#include "tests/model/sampleloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QTest>

using namespace rd;

namespace {

/// Hand-made histories: a database with PRIMARY only, in FULL recovery unless a test says not,
/// every time on 2024-01-01 (hour, minute) unless a test says not, every backup 1 minute long
/// unless a test says not, LSNs as given (small numbers: only their order matters, R-LOG-011).
struct History
{
    Project project;

    History()
    {
        project.database.name = QStringLiteral("sales");
        project.database.filegroups << Filegroup{QStringLiteral("PRIMARY"), FilegroupType::Rows, false,
                                                 {DataFile{QStringLiteral("sales_1"), {}, 0}}, false};
    }
    static QDateTime at(int hour, int minute = 0, int day = 1) { return PlanTime::make(2024, 1, day, hour, minute); }
    Backup &add(BackupType type, const QString &id, const QDateTime &start, qint64 first, qint64 last,
                int minutes = 1)
    {
        Backup b;
        b.id = id;
        b.type = type;
        b.start = start;
        b.finish = start.addSecs(60 * minutes);
        b.firstLsn = Lsn::fromString(QString::number(first));
        b.lastLsn = Lsn::fromString(QString::number(last));
        b.checkpointLsn = b.firstLsn;
        b.backupSetGuid = QStringLiteral("GUID-") + id;
        project.backups << b;
        return project.backups.last();
    }
    Backup &full(const QString &id, const QDateTime &start, qint64 first, qint64 last, int minutes = 10)
    {
        return add(BackupType::Full, id, start, first, last, minutes);
    }
    Backup &log(const QString &id, const QDateTime &start, qint64 first, qint64 last)
    {
        return add(BackupType::Log, id, start, first, last);
    }
    ChainHealth health() const { return ProjectAnalysis::build(project)->history().chainHealth(); }
};

QList<ChainHealthEntry> ofKind(const ChainHealth &h, ChainHealthKind kind)
{
    QList<ChainHealthEntry> out;
    for (const ChainHealthEntry &e : h.entries())
        if (e.kind == kind)
            out << e;
    return out;
}

QStringList ids(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QLatin1String(s);
    return out;
}

} // namespace

/// The chain-health report (docs/chain-health.md) over hand-made histories whose answers are
/// worked out by hand in each test's comment.
class TestChainHealth : public QObject
{
    Q_OBJECT
private slots:
    void aHealthyChainHasNothingToReport();
    void aGapBetweenLogsIsAnError();
    void aGapNeedsNoFullBackupAfterItToBeReported();
    void recoveryForks();
    void differentialWhoseBaseIsGone();
    void logToNulAndByAnotherTool();
    void fullsWithNoLogAfterThem();
    void copyOnlyDamagedAndFailed();
    void longestTimeWithoutARestorePoint();
    void entriesAreOrderedBySeverityThenTime();
    void aPlanOnlyEditKeepsTheReport();
    void anEditDoesNotWaitForTheReport();
    void historiesGiveTheirExpectedRules();
    void durationText();
};

void TestChainHealth::aHealthyChainHasNothingToReport()
{
    // F1 ends at LSN 200; L1 holds 200–300 and L2 300–400: no gap, a log after the full, and one
    // stretch of restorable time from F1's end (00:10) to L2's (02:01).
    History h;
    h.full(QStringLiteral("F1"), History::at(0), 100, 200);
    h.log(QStringLiteral("L1"), History::at(1), 200, 300);
    h.log(QStringLiteral("L2"), History::at(2), 300, 400);
    const ChainHealth health = h.health();
    QCOMPARE(health.entries().size(), 0);
    QVERIFY(!health.hasErrors());
    QVERIFY(!health.longestWithoutRestorePoint().isValid());
    QCOMPARE(health.database(), QStringLiteral("sales"));
}

void TestChainHealth::aGapBetweenLogsIsAnError()
{
    // L1 ends at 300, L2 starts at 350: LSNs 300–350 are in no log backup. A restore from F1
    // stops at L1's end (01:01); F2 (last LSN 500 ≥ 350) is the first backup past the gap.
    History h;
    h.full(QStringLiteral("F1"), History::at(0), 100, 200);
    h.log(QStringLiteral("L1"), History::at(1), 200, 300);
    h.log(QStringLiteral("L2"), History::at(2), 350, 400);
    h.full(QStringLiteral("F2"), History::at(3), 450, 500);
    h.log(QStringLiteral("L3"), History::at(4), 400, 600);
    const ChainHealth health = h.health();
    const auto gaps = ofKind(health, ChainHealthKind::LogGap);
    QCOMPARE(gaps.size(), 1);
    const ChainHealthEntry &g = gaps.constFirst();
    QCOMPARE(toString(g.severity), toString(Severity::Error));
    QCOMPARE(g.rule, QStringLiteral("R-LOG-005"));
    QCOMPARE(g.backups, ids({"L1", "L2"}));
    QCOMPARE(g.from, History::at(1, 1));
    QCOMPARE(g.to, History::at(2));
    QCOMPARE(g.fromLsn, Lsn::fromString(u"300"));
    QCOMPARE(g.toLsn, Lsn::fromString(u"350"));
    QVERIFY2(g.message.contains(QStringLiteral("F2")), qPrintable(g.message));
    QVERIFY2(g.message.contains(QStringLiteral("2024-01-01T01:01:00")), qPrintable(g.message));
    QVERIFY(health.hasErrors());
    QCOMPARE(health.count(Severity::Error), 1);
    // Restorable: F1's end 00:10 to L1's end 01:01; then F2's end 03:10 to L3's end 04:01.
    const RestorePointWindow &w = health.longestWithoutRestorePoint();
    QCOMPARE(w.from, History::at(1, 1));
    QCOMPARE(w.to, History::at(3, 10));
    QCOMPARE(w.before, QStringLiteral("L1"));
    QCOMPARE(w.after, QStringLiteral("F2"));
    QCOMPARE(w.seconds(), qint64(2 * 3600 + 9 * 60));
}

void TestChainHealth::aGapNeedsNoFullBackupAfterItToBeReported()
{
    // The same gap with no full backup after it: nothing after L1's end can be restored.
    History h;
    h.full(QStringLiteral("F1"), History::at(0), 100, 200);
    h.log(QStringLiteral("L1"), History::at(1), 200, 300);
    h.log(QStringLiteral("L2"), History::at(2), 350, 400);
    const auto gaps = ofKind(h.health(), ChainHealthKind::LogGap);
    QCOMPARE(gaps.size(), 1);
    QVERIFY2(gaps.constFirst().message.contains(QStringLiteral("nothing after 2024-01-01T01:01:00 can be restored")),
             qPrintable(gaps.constFirst().message));
    // Copy-only and failed logs are no links: a copy-only log over 300–350 does not close it.
    h.log(QStringLiteral("C1"), History::at(1, 30), 300, 350).copyOnly = true;
    QCOMPARE(ofKind(h.health(), ChainHealthKind::LogGap).size(), 1);
    // A regular one does.
    h.log(QStringLiteral("R1"), History::at(1, 40), 300, 350);
    QCOMPARE(ofKind(h.health(), ChainHealthKind::LogGap).size(), 0);
}

void TestChainHealth::recoveryForks()
{
    // Path A: F1, L1 (200–300), L4 (300–350); L2 spans A → B at LSN 280 (a restore to 280 and
    // recovery); L3 continues B. F3 is on path C, which no log leads into.
    History h;
    const QString a = QStringLiteral("{AAAAAAAA-0000-0000-0000-000000000001}");
    const QString b = QStringLiteral("{BBBBBBBB-0000-0000-0000-000000000002}");
    const QString c = QStringLiteral("{CCCCCCCC-0000-0000-0000-000000000003}");
    h.full(QStringLiteral("F1"), History::at(0), 100, 200).recoveryForkId = a;
    h.log(QStringLiteral("L1"), History::at(1), 200, 300).recoveryForkId = a;
    h.log(QStringLiteral("L4"), History::at(2), 300, 350).recoveryForkId = a;
    Backup &l2 = h.log(QStringLiteral("L2"), History::at(3), 250, 400);
    l2.recoveryForkId = a;
    l2.lastRecoveryForkId = b.toLower(); // spellings differ in case between tools
    l2.forkPointLsn = Lsn::fromString(u"280");
    h.log(QStringLiteral("L3"), History::at(4), 400, 500).recoveryForkId = b;
    h.full(QStringLiteral("F3"), History::at(6), 900, 1000).recoveryForkId = c;
    const ChainHealth health = h.health();
    const auto forks = ofKind(health, ChainHealthKind::RecoveryFork);
    QCOMPARE(forks.size(), 2);
    QCOMPARE(forks[0].backups, ids({"L2"}));
    QCOMPARE(forks[0].rule, QStringLiteral("R-LOG-009"));
    QCOMPARE(toString(forks[0].severity), toString(Severity::Warning));
    QCOMPARE(forks[0].fromLsn, Lsn::fromString(u"280"));
    QVERIFY2(forks[0].message.contains(QStringLiteral("recovery path bbbbbbbb… ("), Qt::CaseInsensitive), qPrintable(forks[0].message));
    QVERIFY2(forks[0].message.contains(QStringLiteral("2 backups")), qPrintable(forks[0].message)); // L2, L3
    QVERIFY2(forks[0].message.contains(QStringLiteral("3 backups")), qPrintable(forks[0].message)); // F1, L1, L4
    QCOMPARE(forks[1].backups, ids({"F3"}));
    // No gap on either path: A holds 200–400 (L1, L2, L4), B 250–500 (L2, L3).
    QCOMPARE(ofKind(health, ChainHealthKind::LogGap).size(), 0);
    // F3 has no log on path C after it.
    const auto orphans = ofKind(health, ChainHealthKind::FullWithoutLog);
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.constFirst().backups, ids({"F3"}));
}

void TestChainHealth::differentialWhoseBaseIsGone()
{
    History h;
    h.add(BackupType::Differential, QStringLiteral("D0"), History::at(0), 50, 60); // before any full: no base by time
    h.full(QStringLiteral("F1"), History::at(1), 100, 200);
    h.add(BackupType::Differential, QStringLiteral("D1"), History::at(2), 300, 310).differentialBaseGuid =
        QStringLiteral("GUID-GONE");
    h.add(BackupType::Differential, QStringLiteral("D2"), History::at(3), 400, 410).differentialBaseGuid =
        QStringLiteral("guid-f1"); // F1's, in another case
    h.add(BackupType::Differential, QStringLiteral("D3"), History::at(4), 500, 510).differentialBaseLsn =
        Lsn::fromString(u"999");
    h.add(BackupType::Differential, QStringLiteral("D4"), History::at(5), 600, 610).differentialBaseLsn =
        Lsn::fromString(u"100"); // F1's first and checkpoint LSN
    h.add(BackupType::Differential, QStringLiteral("D5"), History::at(6), 700, 710); // by time: F1
    h.log(QStringLiteral("L1"), History::at(7), 200, 800);
    const ChainHealth health = h.health();
    const auto gone = ofKind(health, ChainHealthKind::MissingDifferentialBase);
    QStringList found;
    for (const ChainHealthEntry &e : gone) {
        QCOMPARE(e.rule, QStringLiteral("R-DIFF-001"));
        QCOMPARE(toString(e.severity), toString(Severity::Warning));
        found << e.backups;
    }
    found.sort();
    QCOMPARE(found, ids({"D0", "D1", "D3"}));
}

void TestChainHealth::logToNulAndByAnotherTool()
{
    // L1 went to NUL: its LSNs 200–300 are gone, so F1's chain ends at F1; F2 (last LSN 600 ≥ 300)
    // restarts it. L2 went to a virtual device (a GUID and stripe number); S1 is a snapshot.
    History h;
    h.full(QStringLiteral("F1"), History::at(0), 100, 200);
    h.log(QStringLiteral("L1"), History::at(1), 200, 300).media = {QStringLiteral("NUL")};
    h.log(QStringLiteral("L2"), History::at(2), 300, 400).media = {QStringLiteral("{8E8B7D2E-1234-4B5A-9C3D-0123456789AB}1")};
    h.full(QStringLiteral("F2"), History::at(5), 500, 600);
    h.log(QStringLiteral("L3"), History::at(6), 400, 700).media = {QStringLiteral("D:\\backup\\nul.trn")}; // a file
    Backup &c = h.full(QStringLiteral("C1"), History::at(7), 650, 660);
    c.copyOnly = true;
    c.media = {QStringLiteral("nul:")};
    h.full(QStringLiteral("S1"), History::at(8), 700, 710).snapshot = true;
    h.log(QStringLiteral("L4"), History::at(9), 700, 800);
    const ChainHealth health = h.health();
    const auto nul = ofKind(health, ChainHealthKind::LogToNul);
    QCOMPARE(nul.size(), 2);
    QCOMPARE(nul[0].backups, ids({"L1"}));
    QCOMPARE(toString(nul[0].severity), toString(Severity::Error));
    QCOMPARE(nul[0].rule, QStringLiteral("R-CHAIN-001"));
    QVERIFY2(nul[0].message.contains(QStringLiteral("F2")), qPrintable(nul[0].message));
    QCOMPARE(nul[1].backups, ids({"C1"}));
    QCOMPARE(toString(nul[1].severity), toString(Severity::Warning));
    const auto other = ofKind(health, ChainHealthKind::OtherTool);
    QCOMPARE(other.size(), 2);
    QCOMPARE(other[0].backups, ids({"L2"}));
    QCOMPARE(toString(other[0].severity), toString(Severity::Warning));
    QCOMPARE(other[1].backups, ids({"S1"}));
    QCOMPARE(toString(other[1].severity), toString(Severity::Info));
    // The NUL log cuts the restorable time: F1's end (00:10) to F2's (05:10).
    const RestorePointWindow &w = health.longestWithoutRestorePoint();
    QCOMPARE(w.from, History::at(0, 10));
    QCOMPARE(w.to, History::at(5, 10));
}

void TestChainHealth::fullsWithNoLogAfterThem()
{
    // Log backups stopped after L1: F2 and F3 have none after them (one entry for both).
    History h;
    h.full(QStringLiteral("F1"), History::at(0), 100, 200);
    h.log(QStringLiteral("L1"), History::at(1), 200, 300);
    h.full(QStringLiteral("F2"), History::at(2), 350, 400);
    h.full(QStringLiteral("F3"), History::at(3), 450, 500);
    h.full(QStringLiteral("C1"), History::at(4), 550, 600).copyOnly = true; // no part of the chain
    auto orphans = ofKind(h.health(), ChainHealthKind::FullWithoutLog);
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.constFirst().backups, ids({"F2", "F3"}));
    QCOMPARE(orphans.constFirst().rule, QStringLiteral("R-CHAIN-003"));
    QCOMPARE(toString(orphans.constFirst().severity), toString(Severity::Warning));
    QCOMPARE(orphans.constFirst().from, History::at(2));
    QCOMPARE(orphans.constFirst().to, History::at(3, 10));
    // Under SIMPLE recovery fulls alone are the design: nothing to report.
    h.project.database.recoveryModel = RecoveryModel::Simple;
    QCOMPARE(ofKind(h.health(), ChainHealthKind::FullWithoutLog).size(), 0);
    // A backup's own record of the model wins over the layout's.
    h.project.backups[3].recoveryModel = RecoveryModel::BulkLogged; // F3
    orphans = ofKind(h.health(), ChainHealthKind::FullWithoutLog);
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.constFirst().backups, ids({"F3"}));
}

void TestChainHealth::copyOnlyDamagedAndFailed()
{
    History h;
    h.full(QStringLiteral("F1"), History::at(0), 100, 200);
    h.full(QStringLiteral("CF"), History::at(1), 250, 260).copyOnly = true;
    h.log(QStringLiteral("CL"), History::at(2), 200, 280).copyOnly = true;
    h.log(QStringLiteral("L1"), History::at(3), 200, 300);
    h.full(QStringLiteral("XF"), History::at(4), 310, 320).failed = true;
    h.log(QStringLiteral("DL"), History::at(5), 300, 400).damaged = true;
    const ChainHealth health = h.health();
    const auto copies = ofKind(health, ChainHealthKind::CopyOnly);
    QCOMPARE(copies.size(), 2);
    QCOMPARE(copies[0].backups, ids({"CF"}));
    QCOMPARE(copies[0].rule, QStringLiteral("R-DIFF-002"));
    QCOMPARE(copies[1].backups, ids({"CL"}));
    QCOMPARE(copies[1].rule, QStringLiteral("R-LOG-007"));
    for (const ChainHealthEntry &e : copies)
        QCOMPARE(toString(e.severity), toString(Severity::Info));
    const auto bad = ofKind(health, ChainHealthKind::DamagedOrFailed);
    QCOMPARE(bad.size(), 2);
    QCOMPARE(bad[0].backups, ids({"XF"}));
    QVERIFY2(bad[0].message.contains(QStringLiteral("failed")), qPrintable(bad[0].message));
    QCOMPARE(bad[1].backups, ids({"DL"}));
    QVERIFY2(bad[1].message.contains(QStringLiteral("CONTINUE_AFTER_ERROR")), qPrintable(bad[1].message));
    QCOMPARE(bad[0].rule, QStringLiteral("R-CHAIN-004"));
    // The failed full is no log-less full either: L1 and DL follow F1, and XF does not count.
    QCOMPARE(ofKind(health, ChainHealthKind::FullWithoutLog).size(), 0);
}

void TestChainHealth::longestTimeWithoutARestorePoint()
{
    // SIMPLE recovery, fulls only: ends at 01-01 00:10, 01-03 00:10, 01-04 00:10. The longest
    // time between two of them is 2 days, F1 to F2. A failed full in between is no restore point,
    // and a differential counts as one (D1 at 01-02 12:00 halves the window; then 01-02 12:01 to
    // 01-03 00:10 and 01-01 00:10 to 01-02 12:01 are the candidates: the first, 35 h 51 min).
    History h;
    h.project.database.recoveryModel = RecoveryModel::Simple;
    h.full(QStringLiteral("F1"), History::at(0, 0, 1), 100, 200);
    h.full(QStringLiteral("F2"), History::at(0, 0, 3), 300, 400);
    h.full(QStringLiteral("F3"), History::at(0, 0, 4), 500, 600);
    h.full(QStringLiteral("XF"), History::at(0, 0, 2), 250, 260).failed = true;
    ChainHealth health = h.health();
    RestorePointWindow w = health.longestWithoutRestorePoint();
    QCOMPARE(w.before, QStringLiteral("F1"));
    QCOMPARE(w.after, QStringLiteral("F2"));
    QCOMPARE(w.seconds(), qint64(2 * 86400));
    const auto entries = ofKind(health, ChainHealthKind::LongestWithoutRestorePoint);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().backups, ids({"F1", "F2"}));
    QCOMPARE(toString(entries.constFirst().severity), toString(Severity::Info));
    QCOMPARE(entries.constFirst().rule, QStringLiteral("R-CHAIN-005"));
    QVERIFY2(entries.constFirst().message.contains(QStringLiteral("2 d")), qPrintable(entries.constFirst().message));

    h.add(BackupType::Differential, QStringLiteral("D1"), History::at(12, 0, 2), 280, 290);
    w = h.health().longestWithoutRestorePoint();
    QCOMPARE(w.before, QStringLiteral("F1"));
    QCOMPARE(w.after, QStringLiteral("D1"));
    QCOMPARE(w.seconds(), qint64(35 * 3600 + 51 * 60));
}

void TestChainHealth::entriesAreOrderedBySeverityThenTime()
{
    History h;
    h.full(QStringLiteral("F1"), History::at(0), 100, 200);
    h.log(QStringLiteral("CL"), History::at(1), 200, 250).copyOnly = true; // info, 01:00
    h.log(QStringLiteral("L1"), History::at(2), 200, 300);
    h.full(QStringLiteral("XF"), History::at(3), 310, 320).failed = true; // warning, 03:00
    h.log(QStringLiteral("L2"), History::at(4), 350, 400);                // gap: error, 02:01
    const ChainHealth health = h.health();
    QList<Severity> order;
    for (const ChainHealthEntry &e : health.entries())
        order << e.severity;
    QVERIFY(order.constFirst() == Severity::Error);
    QVERIFY(std::is_sorted(order.cbegin(), order.cend()));
    QCOMPARE(toString(health.entries().constFirst().kind), toString(ChainHealthKind::LogGap));
}

void TestChainHealth::aPlanOnlyEditKeepsTheReport()
{
    History h;
    h.full(QStringLiteral("F1"), History::at(0), 100, 200);
    h.log(QStringLiteral("L1"), History::at(1), 200, 300);
    h.log(QStringLiteral("L2"), History::at(2), 300, 400);
    const auto first = ProjectAnalysis::build(h.project);
    QCOMPARE(first->history().chainHealth().entries().size(), 0);
    Project edited = h.project;
    edited.plans << Plan{};
    edited.plans.last().name = QStringLiteral("p");
    const auto second = ProjectAnalysis::build(edited, first.get());
    QCOMPARE(&second->history().chainHealth(), &first->history().chainHealth());
    // A history edit builds it again, and it follows the edit: L2 now starts after L1's end.
    edited.backups[2].firstLsn = Lsn::fromString(u"350");
    const auto third = ProjectAnalysis::build(edited, second.get());
    QVERIFY(&third->history().chainHealth() != &second->history().chainHealth());
    QCOMPARE(ofKind(third->history().chainHealth(), ChainHealthKind::LogGap).size(), 1);
}

void TestChainHealth::anEditDoesNotWaitForTheReport()
{
    // Deferred (HistoryAnalysis::chainHealth): an analysis is built without the report, which is
    // built on first use, once for every analysis of the same history.
    History h;
    h.full(QStringLiteral("F1"), History::at(0), 100, 200);
    h.log(QStringLiteral("L1"), History::at(1), 200, 300);
    const auto first = ProjectAnalysis::build(h.project);
    QVERIFY(!first->history().hasChainHealth());
    Project edited = h.project;
    edited.plans << Plan{};
    const auto second = ProjectAnalysis::build(edited, first.get());
    QVERIFY(!second->history().hasChainHealth());
    second->history().prepareChainHealth();
    QVERIFY(first->history().hasChainHealth()); // one report for both
    QCOMPARE(&first->history().chainHealth(), &second->history().chainHealth());
}

void TestChainHealth::historiesGiveTheirExpectedRules()
{
    // tests/data/health/NAME.expected.json: the rules of NAME.json's report, in order, by hand (README.md).
    const QDir dir(QStringLiteral(RD_TEST_DATA_DIR "/health"));
    const QStringList expectedFiles = dir.entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name);
    QVERIFY(expectedFiles.size() >= 3);
    for (const QString &name : expectedFiles) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QStringList expected;
        for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("rules")).toArray())
            expected << v.toString();
        const Project project = test::loadProject(dir.filePath(QString(name).replace(QStringLiteral(".expected"), QString())));
        // Held here: a range-for keeps only its last temporary alive, not the analysis it reads from.
        const auto analysis = ProjectAnalysis::build(project);
        QStringList actual;
        for (const ChainHealthEntry &e : analysis->history().chainHealth().entries())
            actual << e.rule;
        QVERIFY2(actual == expected, qPrintable(name + QStringLiteral(": ") + actual.join(u' ')));
    }
}

void TestChainHealth::durationText()
{
    QCOMPARE(ChainHealth::durationText(40), QStringLiteral("40 s"));
    QCOMPARE(ChainHealth::durationText(5 * 60 + 59), QStringLiteral("5 min"));
    QCOMPARE(ChainHealth::durationText(2 * 3600), QStringLiteral("2 h"));
    QCOMPARE(ChainHealth::durationText(2 * 3600 + 5 * 60), QStringLiteral("2 h 5 min"));
    QCOMPARE(ChainHealth::durationText(3 * 86400 + 4 * 3600 + 59), QStringLiteral("3 d 4 h"));
    QCOMPARE(ChainHealth::durationText(86400), QStringLiteral("1 d"));
}

QTEST_GUILESS_MAIN(TestChainHealth)
#include "tst_chainhealth.moc"
