// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `simulate` reports the pages a page restore holds in RESTORING (docs/plan-format.md):
// Microsoft's example in "Restore Pages (SQL Server)" restores pages 57, 202, 916 and 1016 of
// file 1; they stay RESTORING through the log restores and are usable once the new log backup is
// restored WITH RECOVERY ("After this new log backup is applied, the page restore is completed").

#include "tests/app/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QString Example = QStringLiteral(RD_SOURCE_DIR "/tests/data/scenarios/restore-pages.json");

QByteArray simulate(bool json)
{
    QStringList args{QStringLiteral("simulate")};
    if (json)
        args << QStringLiteral("--format") << QStringLiteral("json");
    const rd::test::CliRun r = rd::test::runCli(args << Example);
    if (r.exitCode != 0)
        qWarning("simulate failed: %s", r.err.constData());
    return r.out;
}

} // namespace

class TestSimulatePages : public QObject
{
    Q_OBJECT
private slots:
    void jsonListsThePagesUntilRecovery();
    void textHasAPagesRow();
};

void TestSimulatePages::jsonListsThePagesUntilRecovery()
{
    const QJsonArray steps = QJsonDocument::fromJson(simulate(true)).object()[QStringLiteral("plans")].toArray()
                                 .at(0)[QStringLiteral("steps")].toArray();
    QCOMPARE(steps.size(), 5);
    const QJsonArray expected{QStringLiteral("1:57"), QStringLiteral("1:202"), QStringLiteral("1:916"), QStringLiteral("1:1016")};
    for (int i = 0; i < 4; ++i)
        QCOMPARE(steps.at(i)[QStringLiteral("pagesRestoring")].toArray(), expected);
    QVERIFY(!steps.at(4).toObject().contains(QStringLiteral("pagesRestoring")));
    QCOMPARE(steps.at(0)[QStringLiteral("database")].toString(), QStringLiteral("ONLINE")); // online page restore
}

void TestSimulatePages::textHasAPagesRow()
{
    const QString text = QString::fromUtf8(simulate(false));
    QCOMPARE(text.count(QStringLiteral("pages restoring  1:57, 1:202, 1:916, 1:1016")), 4);
}

QTEST_GUILESS_MAIN(TestSimulatePages)
#include "tst_simulatepages.moc"
