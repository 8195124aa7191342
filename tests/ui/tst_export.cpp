// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// File ▸ Export (issue 9, item 7): the handout's content and PDF, and views as PNG and SVG.
#include "model/analysis/projectanalysis.h"
#include "ui/export/exportactions.h"
#include "ui/export/handout.h"
#include "ui/export/widgetimage.h"
#include "ui/mainwindow.h"
#include "ui/projectfileactions.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theHandoutShowsTheSampleStepByStep();
    void theHandoutEscapesNames();
    void theHandoutIsAPdf();
    void anUnwritableFileIsReported();
    void aViewAsPngAndSvg();

private:
    QTemporaryDir m_dir;
};

void TestExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("restore-designer-tests"));
    QVERIFY(m_dir.isValid());
}

/// The rows of the handout's table of states (after its heading), each as its cells' text.
static QList<QStringList> stateRows(const QString &html)
{
    const qsizetype from = html.indexOf(QLatin1String("States after each step"));
    const QString table = html.mid(from, html.indexOf(QLatin1String("</table>"), from) - from);
    QList<QStringList> rows;
    static const QRegularExpression tr(QStringLiteral("<tr>(.*?)</tr>")), td(QStringLiteral("<t[dh]>(.*?)</t[dh]>")),
        tag(QStringLiteral("<[^>]*>"));
    for (auto r = tr.globalMatch(table); r.hasNext();) {
        QStringList cells;
        const QString row = r.next().captured(1);
        for (auto c = td.globalMatch(row); c.hasNext();)
            cells << c.next().captured(1).remove(tag);
        rows << cells;
    }
    return rows;
}

void TestExport::theHandoutShowsTheSampleStepByStep()
{
    // Microsoft's piecemeal restore of imoltp: PRIMARY and imoltp_mod restored first (NORECOVERY),
    // the log with RECOVERY brings them online while imoltp_secondary waits (RECOVERY_PENDING),
    // then imoltp_secondary is restored online.
    const Project sample = ProjectFileActions::sampleProject();
    const auto analysis = ProjectAnalysis::build(sample);
    const QString html = Handout::html(*analysis, 0, false);
    QVERIFY(html.contains(QLatin1String("<b>imoltp</b>")));
    for (const QString &id : {QStringLiteral("imoltp_primary_mod"), QStringLiteral("imoltp_log"), QStringLiteral("imoltp_secondary")})
        QVERIFY2(html.contains(id), qPrintable(id));
    QVERIFY(html.contains(QLatin1String("RESTORE DATABASE [imoltp]"))); // the script
    const QList<QStringList> rows = stateRows(html);
    QCOMPARE(rows.size(), 5); // the heading, before, three steps
    const QStringList heading = rows[0];
    const qsizetype primary = heading.indexOf(QStringLiteral("PRIMARY")), secondary = heading.indexOf(QStringLiteral("imoltp_secondary"));
    QVERIFY(primary > 1 && secondary > 1);
    QCOMPARE(rows[2][1], QStringLiteral("RESTORING")); // after step 1: the database
    QCOMPARE(rows[2][primary], QStringLiteral("RESTORING"));
    QCOMPARE(rows[3][1], QStringLiteral("ONLINE"));    // after step 2
    QCOMPARE(rows[3][primary], QStringLiteral("ONLINE"));
    QCOMPARE(rows[3][secondary], QStringLiteral("RECOVERY_PENDING"));
    QCOMPARE(rows[4][secondary], QStringLiteral("ONLINE")); // after step 3
    QVERIFY(html.contains(QLatin1String("No findings")));
}

void TestExport::theHandoutEscapesNames()
{
    Project p = ProjectFileActions::sampleProject();
    p.plans[0].name = QStringLiteral("<script>alert(1)</script> & co");
    const QString html = Handout::html(*ProjectAnalysis::build(p), 0, false);
    QVERIFY(!html.contains(QLatin1String("<script>")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co")));
}

void TestExport::theHandoutIsAPdf()
{
    MainWindow window;
    window.openSample();
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *exports = window.findChild<ExportActions *>();
    QVERIFY(exports);
    const QString path = m_dir.filePath(QStringLiteral("handout.pdf"));
    QString error;
    QVERIFY2(exports->exportHandout(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.contains("/Subtype /Image")); // the timeline
    QVERIFY(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page ") >= 2);
    // To look at it: RD_SCREENSHOT_DIR keeps a copy.
    if (const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR"); !dir.isEmpty())
        QFile::copy(path, QDir(dir).filePath(QStringLiteral("handout.pdf")));
}

void TestExport::anUnwritableFileIsReported()
{
    const auto analysis = ProjectAnalysis::build(ProjectFileActions::sampleProject());
    const QString path = m_dir.filePath(QStringLiteral("no-such-dir/handout.pdf"));
    QString error;
    QVERIFY(!Handout::writePdf(*analysis, 0, {}, path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QLabel label(QStringLiteral("x"));
    QVERIFY(!WidgetImage::save(&label, m_dir.filePath(QStringLiteral("no-such-dir/x.svg")), {}, &error));
    QVERIFY(error.contains(QLatin1String("no-such-dir")));
}

void TestExport::aViewAsPngAndSvg()
{
    QLabel label(QStringLiteral("Timeline of imoltp"));
    label.resize(240, 40);
    QString error;
    const QString png = m_dir.filePath(QStringLiteral("view.png")), svg = m_dir.filePath(QStringLiteral("view.svg"));
    QVERIFY2(WidgetImage::save(&label, png, QStringLiteral("Timeline"), &error), qPrintable(error));
    QVERIFY2(WidgetImage::save(&label, svg, QStringLiteral("Timeline"), &error), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.size(), label.grab().size());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("<title>Timeline</title>"));
    QVERIFY(text.contains("Timeline of imoltp")); // vector text, not pixels
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
