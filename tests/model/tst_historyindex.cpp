// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/analysis/historyanalysis.h"
#include "model/domain/plantime.h"
#include "model/rules/historysummary.h"
#include "model/rules/planvalidator.h"
#include "model/simulation/historyindex.h"
#include "model/simulation/restorescope.h"

#include <QRandomGenerator>
#include <QTest>

using namespace rd;

namespace {

/// A history long enough for the hashed lookups (≥ 64 backups): a full, then per hour a FILE
/// backup of A or B (some copy-only, some failed, some at the same time), a differential and a log.
Project history()
{
    Project p;
    p.database.name = QStringLiteral("adb");
    for (const char *name : {"PRIMARY", "A", "B"})
        p.database.filegroups << Filegroup{QLatin1String(name), FilegroupType::Rows, false,
                                           {DataFile{QStringLiteral("%1_1").arg(QLatin1String(name)), {}, 0}}, false};
    const QDateTime t0 = PlanTime::make(2024, 1, 1, 0, 0);
    auto add = [&](BackupType type, const QString &id, const QDateTime &start) -> Backup & {
        Backup b;
        b.id = id;
        b.type = type;
        b.start = start;
        b.finish = start.addSecs(60);
        b.backupSetGuid = QStringLiteral("GUID-%1").arg(id);
        p.backups << b;
        return p.backups.last();
    };
    add(BackupType::Full, QStringLiteral("full"), t0);
    for (int h = 1; h <= 30; ++h) {
        const QDateTime t = t0.addSecs(h * 3600);
        Backup &f = add(BackupType::File, QStringLiteral("file%1").arg(h), t.addSecs(h % 5 == 0 ? 0 : 600));
        f.filegroups = {h % 2 ? QStringLiteral("A") : QStringLiteral("b")}; // names ignore case
        f.copyOnly = h % 7 == 0;
        f.failed = h % 11 == 0;
        if (h % 5 == 0) { // another backup of the same filegroup at the same time: list order decides
            Backup twin = f;
            twin.id = QStringLiteral("twin%1").arg(h);
            twin.backupSetGuid = QStringLiteral("GUID-%1").arg(twin.id);
            twin.copyOnly = twin.failed = false;
            p.backups << twin;
        }
        add(BackupType::Differential, QStringLiteral("diff%1").arg(h), t.addSecs(1200));
        add(BackupType::Log, QStringLiteral("log%1").arg(h), t.addSecs(1800));
    }
    return p;
}

std::shared_ptr<const HistoryIndex> indexOf(const Project &p)
{
    return std::make_shared<const HistoryIndex>(p);
}

} // namespace

/// HistoryIndex and the hashed lookups behind the live analysis (issue 3, item 8) must answer
/// exactly as the scans they replace, and never from a stale history.
class TestHistoryIndex : public QObject
{
    Q_OBJECT
private slots:
    void lookupsAnswerAsAScan();
    void logsHoldingAnLsn();
    void backupIndexFollowsEditsInPlace();
    void aChangedHistoryIsANewIndex();
    void backupIdLookup();
    void findingsFollowTheHistory();
    void anIndexBuiltFromThePreviousAnswersAsAFreshOne();
    void listDeltaFindsTheEditedWindow();
    void historyFindingsAfterAnEditAreAFreshAnalysis();
    void aPatchedSummaryIsAFreshOne();
};

void TestHistoryIndex::lookupsAnswerAsAScan()
{
    const Project p = history();
    const auto index = indexOf(p);
    const BackupList &all = index->backups();
    QCOMPARE(all.size(), p.backups.size());
    for (int file = 0; file < index->catalog().fileCount(); ++file) {
        for (const Backup &d : all) {
            for (bool skipFailed : {false, true}) {
                // The designed-history rule of R-DIFF-001 (C-3): the latest regular data backup
                // holding the file taken before d, the first one among equal starts.
                qsizetype best = -1;
                for (qsizetype k = 0; k < all.size(); ++k) {
                    const Backup &b = all[k];
                    if (isDataBase(b.type) && !b.copyOnly && !(skipFailed && b.failed) && b.start < d.start
                        && RestoreScope::computeOfBackup(index->catalog(), p, index->history(), b).contains(file)
                        && (best < 0 || all[best].start < b.start))
                        best = k;
                }
                QCOMPARE(index->latestDataBackupHolding(file, d.start, skipFailed), best);
            }
            QDateTime next;
            for (const Backup &b : all)
                if (isDataBase(b.type) && !b.copyOnly && !b.failed && d.start < b.start && (!next.isValid() || b.start < next)
                    && RestoreScope::computeOfBackup(index->catalog(), p, index->history(), b).contains(file))
                    next = b.start;
            QCOMPARE(index->nextDataBackupHolding({file}, d.start), next);
        }
    }
    QCOMPARE(index->dataBackupWithGuid(QStringLiteral("guid-file3")), p.backupIndex(QStringLiteral("file3")));
    QCOMPARE(index->dataBackupWithGuid(QStringLiteral("GUID-log3")), qsizetype(-1)); // not a data backup
    QCOMPARE(index->dataBackupsAt(all[1].firstLsn), QList<qsizetype>{1});
    // A scope asked through RestoreScope for an element of the history comes from the memo.
    QVERIFY(RestoreScope::ofBackup(*index, all[1]) == index->scope(1));
    Backup copy = all[1]; // not an element of the history: computed, with the same answer
    QVERIFY(RestoreScope::ofBackup(*index, copy) == index->scope(1));
    QVERIFY(index->scope(1) == index->catalog().filesOfFilegroup(index->catalog().filegroupIndex(QStringLiteral("a"))));
}

void TestHistoryIndex::logsHoldingAnLsn()
{
    // Hand-made log ranges [first, last): a long copy-only log spanning the others, a regular chain,
    // an empty log and a log without LSNs, listed out of LSN order.
    Project p;
    p.database.name = QStringLiteral("adb");
    p.database.filegroups << Filegroup{QStringLiteral("PRIMARY"), FilegroupType::Rows, false, {DataFile{QStringLiteral("p1"), {}, 0}}, false};
    auto log = [&](const char *id, const char *first, const char *last) {
        Backup b;
        b.id = QLatin1String(id);
        b.type = BackupType::Log;
        b.firstLsn = Lsn::fromString(QString::fromLatin1(first));
        b.lastLsn = Lsn::fromString(QString::fromLatin1(last));
        p.backups << b;
    };
    log("b", "2000", "3000");
    log("a", "1000", "2000");
    log("long", "500", "9000");
    log("c", "3000", "4000");
    log("empty", "4000", "4000");
    log("nolsn", "", "");
    const auto index = indexOf(p);
    auto ids = [&](const char *lsn) {
        QStringList out;
        for (qsizetype k : index->logsHolding(Lsn::fromString(QString::fromLatin1(lsn))))
            out << index->backups()[k].id;
        return out;
    };
    QCOMPARE(ids("400"), QStringList{});
    QCOMPARE(ids("500"), QStringList{QStringLiteral("long")});
    QCOMPARE(ids("1999"), (QStringList{QStringLiteral("a"), QStringLiteral("long")}));  // list order
    QCOMPARE(ids("2000"), (QStringList{QStringLiteral("b"), QStringLiteral("long")}));  // last is exclusive
    QCOMPARE(ids("4000"), QStringList{QStringLiteral("long")});                        // the empty log holds nothing
    QCOMPARE(ids("8999"), QStringList{QStringLiteral("long")});                        // found behind later starts
    QCOMPARE(ids("9000"), QStringList{});

    auto endingAt = [&](const char *lsn) {
        const qsizetype k = index->lastLogEndingAt(Lsn::fromString(QString::fromLatin1(lsn)));
        return k < 0 ? QString() : index->backups()[k].id;
    };
    QCOMPARE(endingAt("2000"), QStringLiteral("a"));
    QCOMPARE(endingAt("4000"), QStringLiteral("empty"));
    QCOMPARE(endingAt("3500"), QString());
    log("a_again", "1500", "2000"); // a later log ending at the same LSN is the one found
    QCOMPARE(indexOf(p)->backups().last().id, QStringLiteral("a_again"));
    QCOMPARE(indexOf(p)->lastLogEndingAt(Lsn::fromString(QStringLiteral("2000"))), p.backups.size() - 1);
}

void TestHistoryIndex::backupIndexFollowsEditsInPlace()
{
    Project p = history();
    QCOMPARE(p.backupIndex(QStringLiteral("log3")), qsizetype(9));
    p.backups[9].id = QStringLiteral("renamed"); // an edit of the very list that was indexed
    QCOMPARE(p.backupIndex(QStringLiteral("renamed")), qsizetype(9));
    QCOMPARE(p.backupIndex(QStringLiteral("log3")), qsizetype(-1));
    const Backup repeated = p.backups[9];
    p.backups.prepend(repeated); // ids repeat: the first one counts, as in the project's order
    QCOMPARE(p.backupIndex(QStringLiteral("renamed")), qsizetype(0));
    QCOMPARE(p.backupIndex(QStringLiteral("nothing")), qsizetype(-1));
}

void TestHistoryIndex::aChangedHistoryIsANewIndex()
{
    Project p = history();
    const Project copy = p;
    const HistoryIndex before(p);
    QVERIFY(before.isFor(copy)); // the same history, shared
    QVERIFY(before.isFor(p));
    p.backups[4].firstLsn = Lsn::fromString(u"123"); // edited in place: the list detaches
    QVERIFY(!before.isFor(p));
    QVERIFY(before.isFor(copy)); // the copy kept its own history
    QCOMPARE(HistoryIndex(p).backups()[4].firstLsn.toString(), QStringLiteral("123"));
    QVERIFY(before.backups()[4].firstLsn.toString() != QStringLiteral("123")); // the index is immutable
    p.database.filegroups[1].name = QStringLiteral("A2");
    const HistoryIndex renamed(p);
    QCOMPARE(renamed.catalog().filegroupIndex(QStringLiteral("a2")), 1);
    Project moved = copy;
    moved.events << TimelineEvent{};
    QVERIFY(!before.isFor(moved)); // events are part of the history
}

void TestHistoryIndex::backupIdLookup()
{
    Project p = history();
    p.backups.prepend(p.backups[9]); // ids repeat: the first one counts, as in the project's order
    const HistoryIndex index(p);
    for (const Backup &b : std::as_const(p.backups))
        QCOMPARE(index.backupIndex(b.id), p.backupIndex(b.id));
    QCOMPARE(index.backupIndex(QStringLiteral("log3")), qsizetype(0));
    QCOMPARE(index.backupIndex(QStringLiteral("nothing")), qsizetype(-1));
    QVERIFY(!index.backup(QStringLiteral("nothing")));
    QCOMPARE(index.backup(QStringLiteral("log3")), &index.backups()[0]); // derived LSNs: the index's own element
}

void TestHistoryIndex::findingsFollowTheHistory()
{
    // The history checks are computed once per history (R-LOG-001 here): an edit must re-run them.
    Project p = history();
    Plan plan;
    auto logErrors = [&] {
        int n = 0;
        for (const Diagnostic &d : PlanValidator::validate(p, plan))
            n += d.rule == QLatin1String("R-LOG-001");
        return n;
    };
    QCOMPARE(logErrors(), 0);
    p.backups[0].copyOnly = true; // no regular full backup starts the log chain any more
    QCOMPARE(logErrors(), 30);
    p.backups[0].copyOnly = false;
    QCOMPARE(logErrors(), 0);
}

namespace {

/// A history of several chunks with recorded LSNs (as an import gives): per day a full backup,
/// every fourth hour a differential, every hour a log; filegroups A and B in FILE backups.
Project longHistory(int days)
{
    Project p = history();
    p.backups.clear();
    const QDateTime t0 = PlanTime::make(2024, 1, 1, 0, 0);
    qint64 lsn = 1000;
    for (int day = 0; day < days; ++day) {
        for (int h = 0; h < 24; ++h) {
            Backup b;
            b.start = t0.addSecs((day * 24 + h) * 3600);
            b.finish = b.start.addSecs(60);
            b.type = h == 0 ? BackupType::Full : h % 4 == 0 ? BackupType::Differential : h % 11 == 0 ? BackupType::File : BackupType::Log;
            b.id = QStringLiteral("%1_%2_%3").arg(toString(b.type)).arg(day).arg(h);
            b.backupSetGuid = QStringLiteral("GUID-%1").arg(b.id);
            if (b.type == BackupType::File)
                b.filegroups = {h % 2 ? QStringLiteral("A") : QStringLiteral("B")};
            b.firstLsn = Lsn::fromString(QString::number(b.isLog() ? lsn : lsn + 5));
            b.checkpointLsn = b.firstLsn;
            lsn += 100;
            b.lastLsn = Lsn::fromString(QString::number(lsn));
            p.backups << b;
        }
    }
    return p;
}

/// Every answer of `index` equals `fresh`'s: ids, scopes, and each lookup at every LSN and time
/// the history holds.
void compareIndexes(const HistoryIndex &index, const HistoryIndex &fresh, const Project &p)
{
    const BackupList &all = fresh.backups();
    QCOMPARE(index.backups().size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Backup &b = all[i];
        QCOMPARE(index.backupIndex(b.id), fresh.backupIndex(b.id));
        QVERIFY(index.scope(i) == fresh.scope(i));
        QCOMPARE(index.dataBackupWithGuid(b.backupSetGuid), fresh.dataBackupWithGuid(b.backupSetGuid));
        for (const Lsn &lsn : {b.firstLsn, b.lastLsn}) {
            QCOMPARE(index.dataBackupsAt(lsn), fresh.dataBackupsAt(lsn));
            QCOMPARE(index.logsHolding(lsn), fresh.logsHolding(lsn));
            QCOMPARE(index.lastLogEndingAt(lsn), fresh.lastLogEndingAt(lsn));
            QCOMPARE(index.firstLogEndingAfter(lsn), fresh.firstLogEndingAfter(lsn));
        }
        if (i % 7 == 0)
            for (int file = 0; file < fresh.catalog().fileCount(); ++file) {
                QCOMPARE(index.latestDataBackupHolding(file, b.start), fresh.latestDataBackupHolding(file, b.start));
                QCOMPARE(index.nextDataBackupHolding({file}, b.start), fresh.nextDataBackupHolding({file}, b.start));
            }
    }
    QCOMPARE(index.differentialsByStart(), fresh.differentialsByStart());
    QCOMPARE(index.backupIndex(QStringLiteral("nothing")), qsizetype(-1));
    QVERIFY(index.isFor(p));
}

} // namespace

void TestHistoryIndex::anIndexBuiltFromThePreviousAnswersAsAFreshOne()
{
    // Issue 7, item 9: an index built after an edit lends from the one before it whatever the edit
    // left valid, shifted where positions moved. Whatever the edit, it must answer exactly as an
    // index built from nothing. Every lookup of the previous index is built first, so that each
    // one is lent (and not merely rebuilt on first use).
    QRandomGenerator random(7);
    Project p = longHistory(120); // 2,880 backups: three chunks
    QVERIFY(p.backups.chunkCount() >= 3);
    auto previous = std::make_shared<const HistoryIndex>(p);
    for (int round = 0; round < 60; ++round) {
        previous->prepareLookups();
        for (qsizetype i = 0; i < previous->backups().size(); ++i)
            previous->scope(i);
        const qsizetype at = random.bounded(int(p.backups.size()));
        QString what;
        switch (round % 6) {
        case 0: // a move in time, LSNs kept (a drag on an imported history)
            p.backups[at].start = p.backups[at].start.addSecs(30);
            what = QStringLiteral("moved");
            break;
        case 1: // a deletion
            p.backups.removeAt(at);
            what = QStringLiteral("deleted");
            break;
        case 2: { // an insertion of a new log, differential or file backup, somewhere in the list
            Backup b = p.backups[at];
            const int kind = (round / 6) % 3;
            b.type = kind == 0 ? BackupType::Log : kind == 1 ? BackupType::Differential : BackupType::File;
            b.id = QStringLiteral("new%1").arg(round);
            b.filegroups.clear();
            if (b.type == BackupType::File) {
                // It repeats, in other case, the GUID of a later data backup (the lookup answers
                // the first in list order) and starts with it.
                b.filegroups = {QStringLiteral("B")};
                for (qsizetype k = at; k < p.backups.size(); ++k)
                    if (isDataBase(p.backups[k].type)) {
                        b.backupSetGuid = p.backups[k].backupSetGuid.toLower();
                        b.start = p.backups[k].start;
                        break;
                    }
            }
            // A differential taken at the same time as a later one: list order must place it first.
            for (qsizetype k = at; k < p.backups.size() && b.type == BackupType::Differential; ++k)
                if (p.backups[k].type == BackupType::Differential) {
                    b.start = p.backups[k].start;
                    break;
                }
            p.backups.insert(at, b);
            what = QStringLiteral("inserted");
            break;
        }
        case 3: // a data backup's changed scope, or a log's LSNs
            if (isDataBase(p.backups[at].type))
                p.backups[at].copyOnly = !p.backups[at].copyOnly;
            else
                p.backups[at].lastLsn = Lsn::fromString(QString::number(random.bounded(1000, 400000)));
            what = QStringLiteral("changed");
            break;
        case 4: // a rename that repeats another backup's id
            p.backups[at].id = p.backups[random.bounded(int(p.backups.size()))].id;
            what = QStringLiteral("renamed");
            break;
        default: // a layout change: nothing of the layout's scopes may be lent
            p.database.filegroups[1].readOnly = !p.database.filegroups[1].readOnly;
            p.backups.removeAt(at);
            what = QStringLiteral("layout");
        }
        auto next = std::make_shared<const HistoryIndex>(p, previous.get());
        const HistoryIndex fresh(p);
        compareIndexes(*next, fresh, p);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("round %1: %2 at %3").arg(round).arg(what).arg(at)));
        previous = next;
    }
}

void TestHistoryIndex::listDeltaFindsTheEditedWindow()
{
    const Project p = longHistory(200); // 4,800 backups
    BackupList edited = p.backups;
    edited[3000].position = 9;
    auto d = BackupListDelta::between(p.backups, edited);
    QCOMPARE(d.at, 3000);
    QCOMPARE(d.removed, 1);
    QCOMPARE(d.added, 1);
    edited = p.backups;
    edited.removeAt(10);
    d = BackupListDelta::between(p.backups, edited);
    QCOMPARE(d.at, 10);
    QCOMPARE(d.removed, 1);
    QCOMPARE(d.added, 0);
    QCOMPARE(d.moved(4000), 3999);
    QCOMPARE(d.moved(10), -1);
    QCOMPARE(d.moved(9), 9);
    d = BackupListDelta::between(edited, p.backups); // the deletion undone
    QCOMPARE(d.at, 10);
    QCOMPARE(d.removed, 0);
    QCOMPARE(d.added, 1);
    d = BackupListDelta::between(p.backups, p.backups);
    QCOMPARE(d.removed + d.added, 0);
    // A list that shares nothing with the other (read anew) is not compared, if long.
    d = BackupListDelta::between(p.backups, BackupList(p.backups.toList()));
    QVERIFY(d.isEverything());
    QCOMPARE(d.removed, p.backups.size());
}

void TestHistoryIndex::historyFindingsAfterAnEditAreAFreshAnalysis()
{
    // The history checks lend from the previous analysis: the earliest full backups (R-LOG-001),
    // and, when the history had no finding about a backup, the verdict on the backups the edit did
    // not change. Recorded LSNs throughout, so that an edit changes one backup (none derived).
    auto logFindings = [](const HistoryAnalysis &a) {
        QList<Diagnostic> found;
        for (const Diagnostic &d : a.findings().history.findings)
            if (d.rule == QLatin1String("R-LOG-001"))
                found << d;
        return found;
    };

    // Every full backup COPY_ONLY: every log backup "cannot exist", and the fix is to take the
    // first full backup without COPY_ONLY. Deleting a backup before it moves it: the fix must
    // still name it.
    Project p = longHistory(3);
    for (Backup &b : p.backups)
        if (b.type == BackupType::Full)
            b.copyOnly = true;
    const QString firstFull = p.backups[0].id;
    Backup early = p.backups[11]; // a FILE backup, with its LSNs
    QVERIFY(early.type == BackupType::File);
    early.id = QStringLiteral("early");
    p.backups.prepend(early);
    const HistoryAnalysis before(p);
    const qsizetype logs = std::count_if(p.backups.begin(), p.backups.end(), [](const Backup &b) { return b.isLog(); });
    QCOMPARE(logFindings(before).size(), logs);
    Project deleted = p;
    deleted.backups.removeAt(0);
    const HistoryAnalysis afterDeletion(deleted, &before);
    QCOMPARE(logFindings(afterDeletion).first().fix,
             QStringLiteral("Take %1 without COPY_ONLY, so that it starts the log chain.").arg(firstFull));
    QCOMPARE(afterDeletion.findings().history.findings, HistoryAnalysis(deleted).findings().history.findings);

    // Moving one log in time (LSNs kept) changes none of the others' findings: all still reported.
    Project movedLog = p;
    const qsizetype log = movedLog.backupIndex(QStringLiteral("LOG_1_5"));
    QVERIFY(log >= 0);
    movedLog.backups[log].start = movedLog.backups[log].start.addSecs(60);
    const HistoryAnalysis afterMove(movedLog, &before);
    QCOMPARE(logFindings(afterMove).size(), logs);
    QCOMPARE(afterMove.findings().history.findings, HistoryAnalysis(movedLog).findings().history.findings);

    // A history without findings about backups, where only the edited backup is checked again: a
    // log backup given LSNs before the first full backup gets the one finding.
    Project clean = longHistory(3);
    const HistoryAnalysis cleanBefore(clean);
    QCOMPARE(logFindings(cleanBefore).size(), 0);
    Project early2 = clean;
    Backup &l = early2.backups[early2.backupIndex(QStringLiteral("LOG_1_5"))];
    l.firstLsn = Lsn::fromString(u"500");
    l.lastLsn = Lsn::fromString(u"600");
    const HistoryAnalysis cleanAfter(early2, &cleanBefore);
    QCOMPARE(logFindings(cleanAfter).size(), 1);
    QCOMPARE(logFindings(cleanAfter).first().backup, QStringLiteral("LOG_1_5"));
    QCOMPARE(cleanAfter.findings().history.findings, HistoryAnalysis(early2).findings().history.findings);

    // Deleting a full backup that is not the earliest keeps the earliest full backups: no finding.
    Project laterFull = clean;
    laterFull.backups.removeAt(laterFull.backupIndex(QStringLiteral("FULL_1_0")));
    const HistoryAnalysis afterLaterFull(laterFull, &cleanBefore);
    QCOMPARE(logFindings(afterLaterFull).size(), 0);
    QCOMPARE(afterLaterFull.findings().history.findings, HistoryAnalysis(laterFull).findings().history.findings);

    // Deleting the earliest one leaves day 0's logs before any full backup (the next is FULL_1_0):
    // each of them gets the finding, though the edit changed none of them. Day 0 has 23 backups
    // after its full: hours 4, 8, 12, 16 and 20 are differentials, 11 and 22 file backups, the
    // other 16 logs (longHistory).
    Project firstFullGone = clean;
    firstFullGone.backups.removeAt(firstFullGone.backupIndex(QStringLiteral("FULL_0_0")));
    const HistoryAnalysis afterFirstFull(firstFullGone, &cleanBefore);
    QCOMPARE(logFindings(afterFirstFull).size(), 16);
    QCOMPARE(logFindings(afterFirstFull).first().backup, QStringLiteral("LOG_0_1"));
    QCOMPARE(afterFirstFull.findings().history.findings, HistoryAnalysis(firstFullGone).findings().history.findings);
}

void TestHistoryIndex::aPatchedSummaryIsAFreshOne()
{
    // HistorySummary after an edit is the previous one patched (positions moved, the window's
    // backups classified again): it must equal one built from nothing. A FAILURE that damaged the
    // log puts later logs in afterFailure too; some backups recorded under SIMPLE, some COPY_ONLY
    // or failed, so that the flags and the earliest regular full and partial backups move.
    QRandomGenerator random(11);
    Project p = longHistory(60); // 1,440 backups: two chunks
    TimelineEvent failure;
    failure.kind = EventKind::Failure;
    failure.at = p.backups[p.backups.size() / 2].start;
    failure.logDamaged = true;
    failure.wholeDatabase = true;
    p.events << failure;
    auto summaryEquals = [](const HistorySummary &a, const HistorySummary &b) {
        return a.fulls.positions() == b.fulls.positions() && a.partials.positions() == b.partials.positions()
            && a.files.positions() == b.files.positions() && a.differentials.positions() == b.differentials.positions()
            && a.afterFailure.positions() == b.afterFailure.positions() && a.firstRegularFull == b.firstRegularFull
            && a.firstRegularPartial == b.firstRegularPartial && a.anySimple == b.anySimple && a.anyBulkLogged == b.anyBulkLogged;
    };
    auto previous = std::make_unique<Project>(p);
    auto summary = std::make_unique<HistorySummary>(*previous);
    QVERIFY(!summary->afterFailure.isEmpty());
    for (int round = 0; round < 80; ++round) {
        auto next = std::make_unique<Project>(*previous);
        BackupList &backups = next->backups;
        const qsizetype at = random.bounded(int(backups.size()));
        switch (round % 5) {
        case 0:
            backups.removeAt(at);
            break;
        case 1: { // a partial backup, the earliest now and then
            Backup b = backups[at];
            b.id = QStringLiteral("partial%1").arg(round);
            b.type = BackupType::Partial;
            if (round % 10 == 1)
                b.start = backups[0].start.addSecs(-60);
            backups.insert(at, b);
            break;
        }
        case 2:
            backups[at].copyOnly = !backups[at].copyOnly;
            break;
        case 3: // recorded under SIMPLE, or no longer
            backups[at].recoveryModel = backups[at].recoveryModel ? std::nullopt : std::optional(RecoveryModel::Simple);
            break;
        default: // a full backup turned into a log and back, across the failure
            backups[at].type = backups[at].type == BackupType::Full ? BackupType::Log : BackupType::Full;
            backups[at].start = failure.at.addSecs(round % 2 ? -30 : 30);
        }
        auto patched = std::make_unique<HistorySummary>(*next, *previous, *summary,
                                                        BackupListDelta::between(previous->backups, next->backups));
        const HistorySummary fresh(*next);
        QVERIFY2(summaryEquals(*patched, fresh), qPrintable(QStringLiteral("round %1 at %2").arg(round).arg(at)));
        QCOMPARE(*patched->fulls.begin(), &std::as_const(next->backups)[patched->fulls.positions().front()]); // into the new list
        summary = std::move(patched);
        previous = std::move(next);
    }
    QVERIFY(summary->anySimple);

    // One file backup recorded under SIMPLE makes anySimple; deleting it unmakes it.
    Project full = longHistory(3);
    QVERIFY(full.database.recoveryModel == RecoveryModel::Full);
    const HistorySummary none(full);
    QVERIFY(!none.anySimple);
    Project simple = full;
    const qsizetype file = simple.backupIndex(QStringLiteral("FILE_1_11"));
    simple.backups[file].recoveryModel = RecoveryModel::Simple;
    const HistorySummary one(simple, full, none, BackupListDelta::between(full.backups, simple.backups));
    QVERIFY(one.anySimple);
    Project gone = simple;
    gone.backups.removeAt(file);
    QVERIFY(!HistorySummary(gone, simple, one, BackupListDelta::between(simple.backups, gone.backups)).anySimple);
}

QTEST_GUILESS_MAIN(TestHistoryIndex)
#include "tst_historyindex.moc"
