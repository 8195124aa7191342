// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Long lists in findings stay readable (issue 8, item 9): a fix that restores a million log
// backups must not carry a message of megabytes.
#include "model/findings/listtext.h"
#include "model/rules/planvalidator.h"
#include "sampleloader.h"

#include <QTest>

using namespace rd;

class TestListText : public QObject
{
    Q_OBJECT
private slots:
    void shortListsAreJoinedWhole();
    void longListsShowHeadLastAndCount();
    void aMillionNamesMakeOneLine();
    void rollForwardFixSummarisesItsLogs();
};

namespace {

QStringList names(int n, const QString &prefix = QStringLiteral("a"))
{
    QStringList out;
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out << prefix + QString::number(i);
    return out;
}

} // namespace

void TestListText::shortListsAreJoinedWhole()
{
    QCOMPARE(ListText::summarized({}), QString());
    QCOMPARE(ListText::summarized({QStringLiteral("x")}), QStringLiteral("x"));
    // Twelve names are all shown: a short list loses nothing.
    QCOMPARE(ListText::summarized(names(12)), QStringLiteral("a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11"));
}

void TestListText::longListsShowHeadLastAndCount()
{
    QLocale::setDefault(QLocale::c());
    // Thirteen: the first ten, the last and how many, as the header describes.
    QCOMPARE(ListText::summarized(names(13)), QStringLiteral("a0, a1, a2, a3, a4, a5, a6, a7, a8, a9 … a12 (13 in all)"));
}

void TestListText::aMillionNamesMakeOneLine()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString text = ListText::summarized(names(1000000));
    QVERIFY2(text.size() < 100, qPrintable(text));
    QVERIFY(text.startsWith(QLatin1String("a0, a1, ")));
    QVERIFY(text.endsWith(QLatin1String("a999999 (1,000,000 in all)")));
    QLocale::setDefault(QLocale::c());
}

void TestListText::rollForwardFixSummarisesItsLogs()
{
    // The sample's log is damaged (FAILURE with logDamaged), so the end of the last log backup is
    // the best reachable point. Thirty more logs after imoltp_log: stage 1 recovers at the end of
    // imoltp_log, and the fix restores all thirty before it recovers (R-TAIL-003).
    Project p = test::sample();
    const Lsn start = Lsn::fromString(u"35000000026400001");
    QCOMPARE(p.backups.last().lastLsn, start);
    for (int k = 0; k < 30; ++k) {
        const QByteArray id = "l" + QByteArray::number(k);
        const QByteArray first = QByteArray::number(35000000026400001LL + 100000LL * k);
        const QByteArray last = QByteArray::number(35000000026400001LL + 100000LL * (k + 1));
        p.backups << test::logBackup(id.constData(), first.constData(), last.constData(), 4, 10 + k);
    }
    const QList<Diagnostic> found = PlanValidator::validate(p, p.plans[0]);
    const Diagnostic *tail = nullptr;
    for (const Diagnostic &d : found)
        if (d.rule == QLatin1String("R-TAIL-003"))
            tail = &d;
    QVERIFY(tail);
    QVERIFY2(tail->message.contains(QLatin1String("log backup l29")), qPrintable(tail->message));
    QVERIFY2(tail->fix.contains(QStringLiteral("l0, l1, l2, l3, l4, l5, l6, l7, l8, l9 … l29 (30 in all)")), qPrintable(tail->fix));
    QVERIFY2(!tail->fix.contains(QLatin1String("l15")), qPrintable(tail->fix));
    // The edit still restores every one of the thirty logs: only the words are summarised.
    Project fixed = p;
    tail->edit.applyTo(fixed, 0);
    QCOMPARE(fixed.plans[0].steps.size(), p.plans[0].steps.size() + 30);
    int logs = 0;
    for (const PlanStep &s : std::as_const(fixed.plans[0].steps))
        logs += s.backup.startsWith(u'l') && s.statement == StepStatement::RestoreLog;
    QCOMPARE(logs, 30);
}

QTEST_GUILESS_MAIN(TestListText)
#include "tst_listtext.moc"
