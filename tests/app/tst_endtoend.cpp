// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The one end-to-end test (issue 9, item 8; docs/end-to-end-test.md): the real restore-designer on
// an Xvfb display, driven with real pointer and key events from xdotool, as a user would. It opens
// a copy of the bundled sample as a project file, brings the Backups palette to the front, drags
// "Log" from it onto the timeline, saves with Ctrl+S, quits with Ctrl+Q, and reads the saved file
// with the model: one more LOG backup, the rest of the project as it was.
//
// Where to point comes from the designer itself: with RD_GEOMETRY_REPORT set it writes the global
// rectangles of its window, dock tabs, palette items and timeline to that file
// (app/geometryreport.h). Without Xvfb or xdotool the test exits 77, which CTest reports as
// skipped (SKIP_RETURN_CODE in tests/CMakeLists.txt), never as passed.

#include "model/storage/projectfile.h"
#include "tests/app/clirun.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace rd;

namespace {

constexpr int SkipExitCode = 77; // tests/CMakeLists.txt: SKIP_RETURN_CODE
constexpr int PatienceMs = 20000; // for each step; the whole run takes a few seconds

/// The value at `path` ("palette/items/log") in the report `o`; undefined when absent.
QJsonValue field(const QJsonObject &o, const QString &path)
{
    QJsonValue v = o;
    for (const QString &key : path.split(u'/'))
        v = v.toObject().value(key);
    return v;
}

QPoint centre(const QJsonValue &rect)
{
    const QJsonArray r = rect.toArray();
    return {r.at(0).toInt() + r.at(2).toInt() / 2, r.at(1).toInt() + r.at(3).toInt() / 2};
}

QStringList at(const QPoint &p)
{
    return {QStringLiteral("mousemove"), QString::number(p.x()), QString::number(p.y())};
}

QStringList pause(double seconds)
{
    return {QStringLiteral("sleep"), QString::number(seconds)};
}

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dragALogBackupSaveAndQuit();
    void cleanupTestCase();

private:
    QJsonObject report() const;
    /// Waits until `test` holds of the designer's report; fails the test with `what` when not.
    template<typename F>
    bool waitForReport(F test, const char *what);
    bool xdotool(const QStringList &arguments);
    /// The designer's last report and its stderr, for a failure message.
    QString diagnosis();

    QTemporaryDir m_dir;
    QProcess m_xvfb;
    QProcess m_app;
    QString m_display;
    QString m_project;
    QString m_report;
    QByteArray m_stderr; ///< what the designer has written to stderr so far
};

void TestEndToEnd::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
    m_xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                                          QStringLiteral("0"), QStringLiteral("1600x1000x24"), QStringLiteral("-nolisten"),
                                          QStringLiteral("tcp")});
    QVERIFY2(m_xvfb.waitForStarted(), qPrintable(m_xvfb.errorString()));
    QVERIFY(QTest::qWaitFor([&] { return m_xvfb.canReadLine() || m_xvfb.state() != QProcess::Running; }, PatienceMs));
    const QByteArray number = m_xvfb.readLine().trimmed();
    QVERIFY2(!number.isEmpty(), m_xvfb.readAllStandardError().constData());
    m_display = QStringLiteral(":") + QString::fromLatin1(number);

    // The project: the sample, converted to a project file by the command line, so that Ctrl+S
    // saves to it without asking where.
    m_project = m_dir.filePath(QStringLiteral("e2e.rdproj"));
    const test::CliRun convert = test::runCli({QStringLiteral("convert"), test::samplePath(), m_project});
    QVERIFY2(convert.exitCode == 0, convert.err.constData());
}

void TestEndToEnd::cleanupTestCase()
{
    for (QProcess *p : {&m_app, &m_xvfb})
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(5000)) {
                p->kill();
                p->waitForFinished();
            }
        }
}

QJsonObject TestEndToEnd::report() const
{
    QFile f(m_report);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

template<typename F>
bool TestEndToEnd::waitForReport(F test, const char *what)
{
    if (QTest::qWaitFor([&] { return m_app.state() == QProcess::Running && test(report()); }, PatienceMs))
        return true;
    qWarning("waited in vain for %s\n%s", what, qPrintable(diagnosis()));
    return false;
}

bool TestEndToEnd::xdotool(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("xdotool"), arguments);
    if (!p.waitForFinished(PatienceMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("xdotool %s failed: %s", qPrintable(arguments.join(u' ')), p.readAllStandardError().constData());
        return false;
    }
    return true;
}

QString TestEndToEnd::diagnosis()
{
    QFile f(m_report);
    const QByteArray report = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArrayLiteral("(no report)");
    m_stderr += m_app.readAllStandardError(); // kept: QVERIFY2 builds its message even when it passes
    return QStringLiteral("the designer's report:\n%1\nits stderr:\n%2")
        .arg(QString::fromUtf8(report), QString::fromLocal8Bit(m_stderr));
}

void TestEndToEnd::dragALogBackupSaveAndQuit()
{
    const LoadResult before = ProjectFile::load(m_project);
    QVERIFY2(before.ok(), qPrintable(before.error));

    m_report = m_dir.filePath(QStringLiteral("geometry.json"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // untranslated tab names
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config"))); // no saved layout
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path()); // private (0700), as Qt wants it
    env.insert(QStringLiteral("RD_GEOMETRY_REPORT"), m_report);
    // Under the sanitizer suite (packaging/sanitize.sh): Debian 12's libxkbcommon-x11, which Qt's
    // xcb platform calls at start, strndup()s X atom names that are not NUL-terminated. That is
    // legal C (strndup reads at most n bytes), but ASan's strict_string_checks reads on to a NUL
    // and reports an overflow in that library. Only for this child, and only that option: the
    // designer's own code runs under every other check, as in the offscreen tests.
    if (QString asan = env.value(QStringLiteral("ASAN_OPTIONS")); asan.contains(QStringLiteral("strict_string_checks=1"))) {
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   asan.replace(QStringLiteral("strict_string_checks=1"), QStringLiteral("strict_string_checks=0")));
    }
    m_app.setProcessEnvironment(env);
    m_app.start(QStringLiteral(RD_APP_BINARY), {m_project});
    QVERIFY2(m_app.waitForStarted(), qPrintable(m_app.errorString()));

    // The palette shares its place with the plan, behind it: click its tab.
    QVERIFY(waitForReport([](const QJsonObject &r) { return field(r, QStringLiteral("tabs/Backups")).isArray(); }, "the Backups tab"));
    QVERIFY(xdotool(at(centre(field(report(), QStringLiteral("tabs/Backups")))) << QStringLiteral("click") << QStringLiteral("1")));
    QVERIFY(waitForReport([](const QJsonObject &r) { return field(r, QStringLiteral("palette/items/log")).isArray(); },
                          "the palette's Log item on screen"));
    QVERIFY(!field(report(), QStringLiteral("window/modified")).toBool());

    // The drag: press on "Log", move in small steps (Qt starts a drag only after the pointer has
    // moved past the drag distance while pressed, and follows it through move events), release
    // over the middle of the timeline.
    const QJsonObject r = report();
    QVERIFY2(r.contains(u"timeline"), qPrintable(diagnosis()));
    const QPoint from = centre(field(r, QStringLiteral("palette/items/log"))), to = centre(r.value(u"timeline"));
    QStringList drag = at(from) + pause(0.2) + QStringList{QStringLiteral("mousedown"), QStringLiteral("1")} + pause(0.2);
    constexpr int Steps = 12;
    for (int i = 1; i <= Steps; ++i)
        drag += at(from + (to - from) * i / Steps) + pause(0.05);
    drag += at(to + QPoint(1, 1)) + pause(0.2) + at(to) + pause(0.3) + QStringList{QStringLiteral("mouseup"), QStringLiteral("1")};
    QVERIFY(xdotool(drag));
    QVERIFY(waitForReport([](const QJsonObject &rep) { return field(rep, QStringLiteral("window/modified")).toBool(); },
                          "the dropped backup (the window modified)"));

    // Keys go to the window with the focus: give it the focus, as a window manager does on a click.
    QVERIFY(xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), field(report(), QStringLiteral("window/winId")).toString()}));
    QVERIFY(waitForReport([](const QJsonObject &rep) { return field(rep, QStringLiteral("window/active")).toBool(); }, "the window active"));
    QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("--clearmodifiers"), QStringLiteral("ctrl+s")}));
    QVERIFY(waitForReport([](const QJsonObject &rep) { return !field(rep, QStringLiteral("window/modified")).toBool(); },
                          "the save (the window not modified)"));
    QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("--clearmodifiers"), QStringLiteral("ctrl+q")}));
    QVERIFY2(m_app.waitForFinished(PatienceMs), qPrintable(diagnosis()));
    if (m_app.exitStatus() != QProcess::NormalExit || m_app.exitCode() != 0)
        qWarning("the designer did not exit cleanly (code %d); %s", m_app.exitCode(), qPrintable(diagnosis()));
    QCOMPARE(m_app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_app.exitCode(), 0);

    // The saved project: the sample's backups and one more, a LOG backup (neither copy-only nor
    // a tail-log); the database, events and plans as they were.
    const LoadResult after = ProjectFile::load(m_project);
    QVERIFY2(after.ok(), qPrintable(after.error));
    const Project &was = *before.project, &now = *after.project;
    QCOMPARE(now.backups.size(), was.backups.size() + 1);
    QList<Backup> added;
    for (const Backup &b : now.backups)
        if (!was.backup(b.id))
            added << b;
    QCOMPARE(added.size(), 1);
    QCOMPARE(toString(added[0].type), QStringLiteral("LOG"));
    QVERIFY(!added[0].copyOnly);
    QVERIFY(!added[0].tailLog);
    for (const Backup &b : was.backups)
        QVERIFY2(now.backup(b.id) && *now.backup(b.id) == b, qPrintable(b.id));
    QVERIFY(now.database == was.database);
    QVERIFY(now.events == was.events);
    QVERIFY(now.plans == was.plans);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    for (const char *tool : {"Xvfb", "xdotool"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            std::fprintf(stderr, "SKIP: %s is not installed (Debian: apt-get install xvfb xdotool); "
                                 "the end-to-end test needs it\n", tool);
            return SkipExitCode;
        }
    TestEndToEnd test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_endtoend.moc"
