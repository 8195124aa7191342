#include "model/commands/applyfixcommand.h"
#include "model/domain/plantime.h"
#include "sampleloader.h"

#include <functional>

using namespace rd;

namespace {

using Breaker = std::function<void(Project &)>;

PlanStep restoreLog(const QString &backup, RecoveryOption r)
{
    PlanStep s;
    s.statement = StepStatement::RestoreLog;
    s.backup = backup;
    s.recovery = r;
    return s;
}

const Diagnostic *find(const ProjectDocument &doc, const QString &rule)
{
    for (const Diagnostic &d : doc.diagnostics(0))
        if (d.rule == rule)
            return &d;
    return nullptr;
}

} // namespace

Q_DECLARE_METATYPE(Breaker)

/// A finding's fix, applied as one undoable edit, must make the plan pass: the expectation is the
/// sample's verdict (no errors), not the fix's own output.
class TestFixes : public QObject
{
    Q_OBJECT
private slots:
    void fixResolvesTheFinding_data();
    void fixResolvesTheFinding();
};

void TestFixes::fixResolvesTheFinding_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Breaker>("breaker");
    QTest::newRow("R-MOD-002") << QStringLiteral("R-MOD-002") << Breaker([](Project &p) {
        p.plans[0].steps[0].filegroups.removeAll(QStringLiteral("imoltp_mod"));
    });
    QTest::newRow("R-GEN-004") << QStringLiteral("R-GEN-004") << Breaker([](Project &p) {
        p.plans[0].steps[0].recovery = RecoveryOption::Unspecified;
    });
    QTest::newRow("R-GEN-003") << QStringLiteral("R-GEN-003") << Breaker([](Project &p) {
        PlanStep s; // RESTORE DATABASE imoltp, no FROM, no option
        p.plans[0].steps << s;
    });
    QTest::newRow("R-PIECE-002") << QStringLiteral("R-PIECE-002") << Breaker([](Project &p) {
        p.plans[0].steps[2].partial = true;
    });
    QTest::newRow("R-PIECE-003") << QStringLiteral("R-PIECE-003") << Breaker([](Project &p) {
        p.plans[0].steps[1].partial = true;
    });
    QTest::newRow("R-PIT-002") << QStringLiteral("R-PIT-002") << Breaker([](Project &p) {
        p.plans[0].target.kind = RestoreTarget::Kind::PointInTime;
        p.plans[0].target.pointInTime = PlanTime::make(2017, 3, 6, 3, 50);
    });
    QTest::newRow("R-LOG-002 inserts the missing log") << QStringLiteral("R-LOG-002") << Breaker([](Project &p) {
        p.backups << test::logBackup("log2", "35000000026400001", "35000000030000001", 4, 30)
                  << test::logBackup("log3", "35000000030000001", "35000000033000001", 4, 45);
        p.plans[0].steps[1].recovery = RecoveryOption::NoRecovery;
        p.plans[0].steps.insert(2, restoreLog(QStringLiteral("log3"), RecoveryOption::Recovery));
    });
    QTest::newRow("R-LOG-004 inserts the log holding the data backup's end") << QStringLiteral("R-LOG-004")
        << Breaker([](Project &p) {
               p.backups[3] = test::logBackup("log_b", "35000000023000001", "35000000026400001", 4, 0);
               p.backups << test::logBackup("log_a", "35000000015200001", "35000000023000001", 3, 45);
               p.plans[0].steps[1].backup = QStringLiteral("log_b");
           });
    QTest::newRow("R-PIECE-009 takes the database offline first") << QStringLiteral("R-PIECE-009") << Breaker([](Project &p) {
        p.database.edition = Edition::Standard; // the last stage restores imoltp_secondary while online
    });
    QTest::newRow("R-ONL-001 takes the database offline first") << QStringLiteral("R-ONL-001") << Breaker([](Project &p) {
        p.events.clear();
        p.environment.databaseExists = true;
        p.database.edition = Edition::Standard;
        PlanStep s;
        s.backup = QStringLiteral("imoltp_secondary");
        s.filegroups = {QStringLiteral("imoltp_secondary")};
        s.recovery = RecoveryOption::Recovery;
        p.plans[0].steps = {s};
    });
    QTest::newRow("R-GEN-005 keeps the sequence open") << QStringLiteral("R-GEN-005") << Breaker([](Project &p) {
        p.backups << test::logBackup("log2", "35000000026400001", "35000000030000001", 4, 30);
        p.plans[0].steps.insert(2, restoreLog(QStringLiteral("log2"), RecoveryOption::Recovery));
    });
}

void TestFixes::fixResolvesTheFinding()
{
    QFETCH(QString, rule);
    QFETCH(Breaker, breaker);
    Project broken = test::sample();
    breaker(broken);
    ProjectDocument doc;
    doc.reset(broken);
    const Diagnostic *d = find(doc, rule);
    QVERIFY2(d, qPrintable(rule + QStringLiteral(" was not reported")));
    QVERIFY2(d->edit.isValid(), qPrintable(rule + QStringLiteral(" offers no fix")));
    QVERIFY(!d->fix.isEmpty());
    doc.undoStack()->push(new ApplyFixCommand(&doc, 0, d->edit, d->fix));
    QVERIFY2(!find(doc, rule), qPrintable(rule + QStringLiteral(" is still reported after its fix")));
    QString remaining;
    for (const Diagnostic &x : doc.diagnostics(0))
        remaining += x.rule + u' ' + x.message + u'\n';
    QVERIFY2(doc.errorCount(0) == 0, qPrintable(remaining));
    doc.undoStack()->undo();
    QVERIFY(doc.project() == broken);
    QVERIFY(find(doc, rule));
}

QTEST_GUILESS_MAIN(TestFixes)
#include "tst_fixes.moc"
