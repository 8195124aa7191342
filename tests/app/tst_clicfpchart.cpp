// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `restore-designer cfp … --chart OUT.png|OUT.svg` (docs/cfp-charts.md): the CFP state chart
// rendered without a display, beside the report the command prints anyway, and the refusals: a
// suffix that is neither .png nor .svg, a file that cannot be written.

#include "tests/app/clirun.h"

#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

rd::test::CliRun run(const QStringList &arguments, const QProcessEnvironment &env = rd::test::cliEnvironment())
{
    return rd::test::runCli(arguments, env);
}

/// The name of the file's root element, when it is well-formed XML; empty otherwise.
QString xmlRoot(const QByteArray &xml, QString *text = nullptr)
{
    QXmlStreamReader reader(xml);
    QString root;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && root.isEmpty())
            root = reader.name().toString();
        if (reader.isCharacters() && text)
            *text += reader.text();
    }
    return reader.hasError() ? QString() : root;
}

} // namespace

class TestCliCfpChart : public QObject
{
    Q_OBJECT

private slots:
    void pngWithoutADisplay();
    void svgOfADmvExport();
    void badSuffixIsRefused_data();
    void badSuffixIsRefused();
    void unwritablePathIsRefused();
};

// As over SSH: no display, no QT_QPA_PLATFORM; the command picks the offscreen platform itself.
void TestCliCfpChart::pngWithoutADisplay()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("example5.png"));
    const auto r = run({QStringLiteral("cfp"), QStringLiteral("--example"), QStringLiteral("5"), QStringLiteral("--chart"), png},
                       rd::test::noDisplayEnvironment());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("blog example 5"), r.out.constData()); // the text report still prints
    QVERIFY2(r.out.contains("full backup"), r.out.constData());
    const QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(png));
    QVERIFY2(image.width() >= 800 && image.height() >= 400,
             qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
    // Not a blank image: the bars' data blue (#2f6db5) is there.
    bool blue = false;
    for (int y = 0; y < image.height() && !blue; y += 2)
        for (int x = 0; x < image.width() && !blue; x += 2)
            blue = image.pixelColor(x, y) == QColor(0x2f, 0x6d, 0xb5);
    QVERIFY(blue);
}

void TestCliCfpChart::svgOfADmvExport()
{
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("chart.SVG"));
    const auto r = run({QStringLiteral("cfp"), QStringLiteral(RD_TEST_DATA_DIR "/cfp/dmv2016-dock.csv"),
                        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--chart=") + svg});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(rd::test::parseJsonObject(r.out).contains(QStringLiteral("fullBackup"))); // the JSON still prints
    QString text;
    QCOMPARE(xmlRoot(rd::test::readFile(svg), &text), QStringLiteral("svg"));
    // Vector text: the states' names and the legend are in the file as text.
    for (const char *word : {"ACTIVE", "PRECREATED", "Full backup", "metadata only"})
        QVERIFY2(text.contains(QLatin1String(word)), word);
}

void TestCliCfpChart::badSuffixIsRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("jpg") << "chart.jpg" << R"(unknown image format ".jpg")";
    QTest::newRow("none") << "chart" << "needs the suffix .png or .svg";
}

void TestCliCfpChart::badSuffixIsRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    const auto r = run({QStringLiteral("cfp"), QStringLiteral("--example"), QStringLiteral("3"), QStringLiteral("--chart"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(path), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
}

void TestCliCfpChart::unwritablePathIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/chart.png"));
    const auto r = run({QStringLiteral("cfp"), QStringLiteral("--example"), QStringLiteral("3"), QStringLiteral("--chart"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("cannot write %1").arg(path), Qt::CaseInsensitive),
             r.err.constData());
    QVERIFY(r.out.isEmpty()); // a command that fails prints no report to pipe on
}

QTEST_GUILESS_MAIN(TestCliCfpChart)
#include "tst_clicfpchart.moc"
