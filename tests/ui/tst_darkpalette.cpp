// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A dark palette stays readable (issue 9, item 7): WCAG 2's contrast ratio, and under a dark
// palette set on the application every text/background pair the designer paints on its own
// colours (filegroup cards, state cells, chips, severities) keeps 4.5:1. With RD_SCREENSHOT_DIR
// set, also writes the main window on the sample under the dark palette (designer-dark.png).
#include "ui/designerstyle.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace rd;

namespace {
/// A dark palette as desktop themes have it (Fusion's look in a dark session).
QPalette darkPalette()
{
    QPalette p;
    const QColor text(0xe0, 0xe0, 0xe0);
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x5a, 0xa8, 0xf0));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

struct Pair
{
    QString what;
    QColor text;
    QColor background;
};

/// Every text/background pair the designer paints on its own colours (FilegroupItem, the
/// Simulation and Diagnostics tables, state chips), for the palette set now.
QList<Pair> designerPairs()
{
    using namespace DesignerStyle;
    QList<Pair> pairs;
    auto card = [&](const QString &name, const QColor &color, const QColor &tint) {
        pairs << Pair{name + QStringLiteral(" header"), readable(Qt::white, color), color}
              << Pair{name + QStringLiteral(" kind"), accentTextOn(color, tint), tint}
              << Pair{name + QStringLiteral(" file"), textOn(tint), tint}
              << Pair{name + QStringLiteral(" size"), mutedTextOn(tint), tint}
              << Pair{name + QStringLiteral(" error"), readable(severityColor(Severity::Error), tint), tint};
    };
    for (const FilegroupType t : {FilegroupType::Rows, FilegroupType::Filestream, FilegroupType::MemoryOptimizedData})
        card(toString(t), filegroupColor(t), filegroupTint(t));
    card(QStringLiteral("LOG"), logColor(), logTint());
    for (int s = int(FileState::Online); s <= int(FileState::Defunct); ++s) {
        const auto state = FileState(s);
        pairs << Pair{toString(state) + QStringLiteral(" cell"), accentTextOn(fileStateColor(state), fileStateTint(state)),
                      fileStateTint(state)}
              << Pair{toString(state) + QStringLiteral(" chip"), readable(Qt::white, fileStateColor(state)),
                      fileStateColor(state)};
    }
    for (int s = int(DatabaseState::None); s <= int(DatabaseState::Standby); ++s) {
        const auto state = DatabaseState(s);
        pairs << Pair{toString(state) + QStringLiteral(" database cell"),
                      accentTextOn(databaseStateColor(state), databaseStateTint(state)), databaseStateTint(state)};
    }
    for (const Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        pairs << Pair{QStringLiteral("severity %1").arg(int(s)), readable(severityColor(s), canvasColor()), canvasColor()};
    pairs << Pair{QStringLiteral("canvas text"), textOn(canvasColor()), canvasColor()}
          << Pair{QStringLiteral("canvas muted text"), mutedTextOn(canvasColor()), canvasColor()};
    return pairs;
}

/// Every designerPairs() pair at 4.5:1 or more, and the severity colours as marks (icons,
/// outlines) at 3:1 or more on the canvas (WCAG 2.1, 1.4.11), for the palette set now.
void verifyPairs()
{
    for (const Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        const QColor mark = DesignerStyle::severityColor(s);
        QVERIFY2(DesignerStyle::contrastRatio(mark, DesignerStyle::canvasColor()) >= 3.0,
                 qPrintable(QStringLiteral("severity %1: %2 on %3").arg(int(s)).arg(mark.name(),
                                                                                DesignerStyle::canvasColor().name())));
    }
    for (const Pair &p : designerPairs())
        QVERIFY2(DesignerStyle::contrastRatio(p.text, p.background) >= 4.5,
                 qPrintable(QStringLiteral("%1: %2 on %3 is %4:1").arg(p.what, p.text.name(), p.background.name())
                                .arg(DesignerStyle::contrastRatio(p.text, p.background), 0, 'f', 2)));
}
} // namespace

class TestDarkPalette : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void contrastRatioFollowsWcag();
    void readableKeepsTheHueAndReachesTheMinimum();
    void aDarkPaletteIsRecognised();
    void everyPairIsReadableOnALightPalette();
    void everyPairIsReadableOnADarkPalette();
    void tintsFollowADarkPalette();
    void screenshot();

private:
    QPalette m_light;
};

void TestDarkPalette::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("restore-designer-tests"));
    QSettings().clear();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_light = QApplication::style()->standardPalette();
    QApplication::setPalette(m_light);
}

void TestDarkPalette::cleanup()
{
    QApplication::setPalette(m_light);
}

void TestDarkPalette::contrastRatioFollowsWcag()
{
    using DesignerStyle::contrastRatio;
    QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0); // (1 + 0.05) / (0 + 0.05)
    QCOMPARE(contrastRatio(Qt::white, Qt::black), 21.0);
    QCOMPARE(contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
    // WebAIM's classic pair: #767676 is the lightest grey that passes AA on white, #777777 fails.
    QVERIFY(qAbs(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    QVERIFY(qAbs(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
    // Pure red on white: L = 0.2126, (1.05) / (0.2626) = 4.00.
    QVERIFY(qAbs(contrastRatio(Qt::red, Qt::white) - 3.998) < 0.001);
}

void TestDarkPalette::readableKeepsTheHueAndReachesTheMinimum()
{
    using namespace DesignerStyle;
    const QColor passes(0x76, 0x76, 0x76);
    QCOMPARE(readable(passes, Qt::white), passes); // already readable: unchanged
    const QColor amber(0xe0, 0x9a, 0x00);           // the warning colour: 2.2:1 on white
    const QColor onWhite = readable(amber, Qt::white);
    QVERIFY(contrastRatio(onWhite, Qt::white) >= 4.5);
    QCOMPARE(onWhite.hslHue(), amber.hslHue());
    QVERIFY(onWhite.lightness() < amber.lightness()); // darker on a light background
    const QColor blue(0x00, 0x00, 0xd0);              // the T-SQL keywords: 2.0:1 on #1e1e1e
    const QColor onDark = readable(blue, QColor(0x1e, 0x1e, 0x1e));
    QVERIFY(contrastRatio(onDark, QColor(0x1e, 0x1e, 0x1e)) >= 4.5);
    QVERIFY(onDark.lightness() > blue.lightness()); // lighter on a dark one
}

void TestDarkPalette::aDarkPaletteIsRecognised()
{
    QVERIFY(!DesignerStyle::isDark(m_light));
    QVERIFY(DesignerStyle::isDark(darkPalette()));
    QApplication::setPalette(darkPalette());
    QVERIFY(DesignerStyle::isDark());
}

void TestDarkPalette::everyPairIsReadableOnALightPalette()
{
    verifyPairs();
}

void TestDarkPalette::everyPairIsReadableOnADarkPalette()
{
    QApplication::setPalette(darkPalette());
    verifyPairs();
}

void TestDarkPalette::tintsFollowADarkPalette()
{
    // On a dark palette the fills are dark too: a pastel card on a dark canvas would glare.
    QApplication::setPalette(darkPalette());
    QCOMPARE(DesignerStyle::canvasColor(), QColor(0x1e, 0x1e, 0x1e));
    for (const FilegroupType t : {FilegroupType::Rows, FilegroupType::Filestream, FilegroupType::MemoryOptimizedData})
        QVERIFY(DesignerStyle::filegroupTint(t).lightness() < 128);
    QVERIFY(DesignerStyle::logTint().lightness() < 128);
    QVERIFY(DesignerStyle::fileStateTint(FileState::Online).lightness() < 128);
    QVERIFY(DesignerStyle::textOn(DesignerStyle::canvasColor()) == QColor(0xe0, 0xe0, 0xe0)); // the palette's own text
    QApplication::setPalette(m_light);
    QCOMPARE(DesignerStyle::filegroupTint(FilegroupType::Rows), QColor(0xea, 0xf1, 0xfa)); // the light pastel
}

void TestDarkPalette::screenshot()
{
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set RD_SCREENSHOT_DIR to write designer-dark.png");
    QApplication::setPalette(darkPalette());
    MainWindow w;
    w.openSample();
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::qWait(100);
    QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("designer-dark.png"))));
}

QTEST_MAIN(TestDarkPalette)
#include "tst_darkpalette.moc"
