// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The events of the designer's palette (issue 9, item 3): what a drop on a lane makes, and what
// it refuses. On the bundled sample: PRIMARY, imoltp_secondary, imoltp_mod (MEMORY_OPTIMIZED_DATA),
// FULL recovery model, one FAILURE event (the whole database and the log, 05:00).
#include "model/commands/paletteevent.h"
#include "sampleloader.h"

#include <QTest>

using namespace rd;

class TestPaletteEvent : public QObject
{
    Q_OBJECT
private slots:
    void keysRoundTrip();
    void aFailureOnALaneDamagesWhatTheLaneHolds();
    void aSwitchNamesTheLanesFilegroup();
    void aSwitchOffAFilegroupLaneIsRefused();
    void theMemoryOptimizedFilegroupCannotBeMadeReadOnly();
    void aReadOnlyPrimaryIsLeftToItsFinding();
    void aRecoveryModelChangeGoesToTheOtherModel();
    void aMarkGetsAnUnusedName();
};

namespace {
const QDateTime At(QDate(2017, 3, 6), QTime(2, 0), Qt::UTC);
PaletteEvent of(PaletteEvent::Kind kind)
{
    return PaletteEvent{kind};
}
} // namespace

void TestPaletteEvent::keysRoundTrip()
{
    QCOMPARE(PaletteEvent::all().size(), 6);
    for (const PaletteEvent &e : PaletteEvent::all()) {
        QCOMPARE(PaletteEvent::fromKey(e.key()), std::optional<PaletteEvent>(e));
        QVERIFY(!e.name().isEmpty());
    }
    QVERIFY(!PaletteEvent::fromKey(QStringLiteral("full")));
}

void TestPaletteEvent::aFailureOnALaneDamagesWhatTheLaneHolds()
{
    const Project p = test::sample();
    const TimelineEvent fg = of(PaletteEvent::Kind::LaneFailure).newEvent(p, At, {QStringLiteral("imoltp_secondary")});
    QVERIFY(fg.kind == EventKind::Failure);
    QCOMPARE(fg.at, At);
    QCOMPARE(fg.filegroups, QStringList{QStringLiteral("imoltp_secondary")});
    QVERIFY(!fg.wholeDatabase && !fg.logDamaged);
    const TimelineEvent log = of(PaletteEvent::Kind::LaneFailure).newEvent(p, At, {{}, true});
    QVERIFY(log.logDamaged && log.filegroups.isEmpty() && !log.wholeDatabase);
    QCOMPARE(of(PaletteEvent::Kind::LaneFailure).refusal(p, {{}, true}), QString());
    QVERIFY(!of(PaletteEvent::Kind::LaneFailure).refusal(p, {}).isEmpty()); // off the lanes: damages what?
    const TimelineEvent db = of(PaletteEvent::Kind::DatabaseFailure).newEvent(p, At, {});
    QVERIFY(db.wholeDatabase && !db.logDamaged); // the log survives: a tail-log backup is possible
    QCOMPARE(of(PaletteEvent::Kind::DatabaseFailure).refusal(p, {}), QString());
}

void TestPaletteEvent::aSwitchNamesTheLanesFilegroup()
{
    const Project p = test::sample();
    const TimelineEvent ro = of(PaletteEvent::Kind::SetReadOnly).newEvent(p, At, {QStringLiteral("imoltp_secondary")});
    QVERIFY(ro.kind == EventKind::SetReadOnly);
    QCOMPARE(ro.filegroup, QStringLiteral("imoltp_secondary"));
    QCOMPARE(of(PaletteEvent::Kind::SetReadOnly).refusal(p, {QStringLiteral("imoltp_secondary")}), QString());
    QVERIFY(of(PaletteEvent::Kind::SetReadWrite).newEvent(p, At, {QStringLiteral("imoltp_mod")}).kind == EventKind::SetReadWrite);
}

void TestPaletteEvent::aSwitchOffAFilegroupLaneIsRefused()
{
    const Project p = test::sample();
    const QString log = of(PaletteEvent::Kind::SetReadOnly).refusal(p, {{}, true});
    QVERIFY2(log.contains(QLatin1String("log is not a filegroup")), qPrintable(log));
    QVERIFY(!of(PaletteEvent::Kind::SetReadWrite).refusal(p, {{}, true}).isEmpty());
    QVERIFY(!of(PaletteEvent::Kind::SetReadOnly).refusal(p, {}).isEmpty());
}

void TestPaletteEvent::theMemoryOptimizedFilegroupCannotBeMadeReadOnly()
{
    const QString why = of(PaletteEvent::Kind::SetReadOnly).refusal(test::sample(), {QStringLiteral("imoltp_mod")});
    QVERIFY2(why.contains(QLatin1String("imoltp_mod cannot be made READ_ONLY")), qPrintable(why));
}

void TestPaletteEvent::aReadOnlyPrimaryIsLeftToItsFinding()
{
    QCOMPARE(of(PaletteEvent::Kind::SetReadOnly).refusal(test::sample(), {QStringLiteral("PRIMARY")}), QString());
}

void TestPaletteEvent::aRecoveryModelChangeGoesToTheOtherModel()
{
    Project p = test::sample();
    QVERIFY(p.database.recoveryModel == RecoveryModel::Full);
    const PaletteEvent change = of(PaletteEvent::Kind::SetRecoveryModel);
    QVERIFY(change.newEvent(p, At, {}).recoveryModel == RecoveryModel::Simple);
    // After a switch to SIMPLE at 01:30, a change at 02:00 goes back to FULL; one before it to SIMPLE.
    TimelineEvent simple{.kind = EventKind::SetRecoveryModel, .at = At.addSecs(-1800), .recoveryModel = RecoveryModel::Simple};
    p.events << simple;
    QVERIFY(change.newEvent(p, At, {}).recoveryModel == RecoveryModel::Full);
    QVERIFY(change.newEvent(p, At.addSecs(-3600), {}).recoveryModel == RecoveryModel::Simple);
    p.database.recoveryModel = RecoveryModel::BulkLogged;
    QVERIFY(change.newEvent(p, At.addSecs(-3600), {}).recoveryModel == RecoveryModel::Simple);
}

void TestPaletteEvent::aMarkGetsAnUnusedName()
{
    Project p = test::sample();
    const PaletteEvent mark = of(PaletteEvent::Kind::Mark);
    QCOMPARE(mark.newEvent(p, At, {}).name, QStringLiteral("mark1"));
    p.events << TimelineEvent{.kind = EventKind::Mark, .at = At, .name = QStringLiteral("MARK1")};
    p.events << TimelineEvent{.kind = EventKind::Mark, .at = At, .name = QStringLiteral("mark3")};
    QCOMPARE(mark.newEvent(p, At, {}).name, QStringLiteral("mark2"));
}

QTEST_GUILESS_MAIN(TestPaletteEvent)
#include "tst_paletteevent.moc"
