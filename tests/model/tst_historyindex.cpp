#include "model/domain/plantime.h"
#include "model/rules/planvalidator.h"
#include "model/simulation/historyindex.h"
#include "model/simulation/restorescope.h"

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

QTEST_GUILESS_MAIN(TestHistoryIndex)
#include "tst_historyindex.moc"
