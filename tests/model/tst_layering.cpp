// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The model layer stays free of widgets and charts (README.md, "Layout": app → ui → model). Linking alone
// would not catch it: a header-only use of <QtWidgets/...> compiles wherever the include path
// happens to have Qt's widgets headers. So the sources under model/ are read line by line.

#include "tests/plantedsource.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

// Plain string literals below: moc (which reads this file for Q_OBJECT) trips on raw strings
// holding a lone double quote.

/// `#include <X>` / `#include "X"` (any spacing after '#'): the included path.
const QRegularExpression IncludeLine(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
/// Widgets and Charts headers, by module path or by class header (either spelling: QWidget or
/// qwidget.h), and any header of the ui/ layer.
const QRegularExpression ForbiddenInclude(
    QStringLiteral("(^|/)(QtWidgets|QtCharts)(/|$)"
                   "|(^|/)(QWidget|QMainWindow|QDialog|QMessageBox|QApplication|QGraphics|QChart)\\w*(\\.h)?$"
                   "|(^|/)ui/"),
    QRegularExpression::CaseInsensitiveOption);
/// In the model's CMake files: linking the Widgets or Charts module.
const QRegularExpression ForbiddenLink(QStringLiteral("\\bQt6?::(Widgets|Charts)\\b"));

using LineCheck = std::function<void(const QString &path, int lineNumber, const QString &line, QStringList &findings)>;

/// Calls `check` for every line of every file under `root` whose name matches `nameFilters` (all
/// files when empty), and returns the findings it adds, plus one for each file that cannot be read.
QStringList scanFiles(const QString &root, const QStringList &nameFilters, const LineCheck &check,
                      int *filesScanned = nullptr)
{
    QStringList findings;
    int files = 0;
    QDirIterator it(root, nameFilters, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            findings << QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
            continue;
        }
        ++files;
        int lineNumber = 0;
        while (!file.atEnd())
            check(path, ++lineNumber, QString::fromUtf8(file.readLine()), findings);
    }
    if (filesScanned)
        *filesScanned = files;
    return findings;
}

/// The same over the C++ sources (headers and .cpp files).
QStringList scanSources(const QString &root, const LineCheck &check)
{
    return scanFiles(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, check);
}


/// "file:line: text" for each forbidden include under `root` (every file, recursively).
QStringList scan(const QString &root, int *filesScanned = nullptr)
{
    return scanFiles(
        root, {},
        [](const QString &path, int lineNumber, const QString &raw, QStringList &findings) {
            const bool cmake = path.endsWith(QLatin1String("CMakeLists.txt")) || path.endsWith(QLatin1String(".cmake"));
            const QString line = raw.trimmed();
            const QRegularExpressionMatch include = IncludeLine.match(line);
            const bool forbidden = (include.hasMatch() && ForbiddenInclude.match(include.captured(1)).hasMatch())
                                   || (cmake && !line.startsWith(u'#') && ForbiddenLink.match(line).hasMatch());
            if (forbidden)
                findings << QStringLiteral("%1:%2: %3").arg(path).arg(lineNumber).arg(line);
        },
        filesScanned);
}

/// The model's folders by rank (the brief's architecture): a file may include headers of its own
/// folder and of lower ranks, never of a higher one. A folder missing here is an error, so a new
/// area must be placed in the order before it is used.
const QHash<QString, int> &ranks()
{
    static const QHash<QString, int> table{
        {QStringLiteral("domain"), 0},     {QStringLiteral("findings"), 1}, // Diagnostic, ProjectEdit, StopClause
        {QStringLiteral("io"), 2},         {QStringLiteral("simulation"), 3},
        {QStringLiteral("tsql"), 4}, // the script's comments say what the simulation says each step achieves
        {QStringLiteral("rules"), 4},      {QStringLiteral("analysis"), 5},
        {QStringLiteral("cfp"), 4}, // checkpoint file pairs: reads domain and io; the analysis may estimate with it
        {QStringLiteral("planner"), 6}, // builds plans from the analysis of a history (RestorePlanner)
        {QStringLiteral("storage"), 7},    {QStringLiteral("document"), 8}, {QStringLiteral("commands"), 9},
    };
    return table;
}

/// `#include "model/<folder>/…"`: the folder.
const QRegularExpression ModelInclude(QStringLiteral("^\\s*#\\s*include\\s*[<\"]model/([^/]+)/"));
/// Hidden state: thread_local anywhere, or an indented (function-local or in-class) static variable
/// that is not a constant: `static T name;`, `static T name = …;` or `static T name{…};` (a
/// parenthesis before the name's end marks a function, which is allowed). Derived data lives in
/// the explicit analysis instead.
const QRegularExpression ThreadLocal(QStringLiteral("\\bthread_local\\b"));
const QRegularExpression LocalStatic(QStringLiteral("^\\s+static\\s+(?!const\\b|constexpr\\b)[^(=;{]*\\w\\s*(;|=|\\{)"));

/// "file:line: text" for each include under `root` (the model folder) that goes up the rank
/// table, and for each source file in a folder the table does not rank.
QStringList scanRanks(const QString &root)
{
    return scanSources(root, [&root](const QString &path, int lineNumber, const QString &raw, QStringList &findings) {
        const QString folder = QDir(root).relativeFilePath(path).section(u'/', 0, 0);
        if (!ranks().contains(folder)) {
            if (lineNumber == 1)
                findings << QStringLiteral("%1: folder model/%2 has no rank in tst_layering").arg(path, folder);
            return;
        }
        const QString line = raw.trimmed();
        const QRegularExpressionMatch m = ModelInclude.match(line);
        if (m.hasMatch() && ranks().value(m.captured(1), 1000) > ranks().value(folder))
            findings << QStringLiteral("%1:%2: %3 (model/%4 includes the higher model/%5)")
                            .arg(path).arg(lineNumber).arg(line, folder, m.captured(1));
    });
}

/// "file:line: text" for each thread_local and each function-local non-constant static under `root`.
QStringList scanHiddenState(const QString &root)
{
    return scanSources(root, [](const QString &path, int lineNumber, const QString &raw, QStringList &findings) {
        const QString code = raw.section(QStringLiteral("//"), 0, 0);
        if (ThreadLocal.match(code).hasMatch() || LocalStatic.match(code).hasMatch())
            findings << QStringLiteral("%1:%2: %3").arg(path).arg(lineNumber).arg(raw.trimmed());
    });
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void modelIncludesNoWidgets();
    void scannerFindsForbiddenIncludes_data();
    void scannerFindsForbiddenIncludes();
    void scannerNamesFileAndLine();
    void modelLayersRankOneWay();
    void modelHoldsNoHiddenState();
    void rankScannerFindsUpwardIncludes();
    void hiddenStateScanner_data();
    void hiddenStateScanner();
};

void TestLayering::modelIncludesNoWidgets()
{
    int files = 0;
    const QStringList findings = scan(QStringLiteral(RD_SOURCE_DIR "/model"), &files);
    // An empty or misplaced folder would pass vacuously.
    QVERIFY2(files >= 10, qPrintable(QStringLiteral("only %1 files under model/").arg(files)));
    QVERIFY2(findings.isEmpty(),
             qPrintable(QStringLiteral("model/ must not use widgets, charts or ui/ (README.md, \"Layout\"):\n")
                        + findings.join(u'\n')));
}

// The scanner itself: it must flag every form, and nothing the model may legitimately use.
void TestLayering::scannerFindsForbiddenIncludes_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("flagged");

    QTest::newRow("module path") << "a.h" << QByteArray("#include <QtWidgets/QWidget>\n") << true;
    QTest::newRow("module header") << "a.h" << QByteArray("#include <QtWidgets>\n") << true;
    QTest::newRow("charts path") << "a.cpp" << QByteArray("#include <QtCharts/QLineSeries>\n") << true;
    QTest::newRow("class header") << "a.cpp" << QByteArray("#include <QWidget>\n") << true;
    QTest::newRow("quoted") << "a.cpp" << QByteArray("#include \"QMainWindow\"\n") << true;
    QTest::newRow("spaced") << "a.cpp" << QByteArray("  #  include <QMessageBox>\n") << true;
    QTest::newRow("lower-case header") << "a.cpp" << QByteArray("#include <qdialog.h>\n") << true;
    QTest::newRow("QApplication") << "a.cpp" << QByteArray("#include <QApplication>\n") << true;
    QTest::newRow("QGraphics*") << "a.cpp" << QByteArray("#include <QGraphicsScene>\n") << true;
    QTest::newRow("QChart*") << "a.cpp" << QByteArray("#include <QChartView>\n") << true;
    QTest::newRow("ui header") << "a.cpp" << QByteArray("#include \"ui/mainwindow.h\"\n") << true;
    QTest::newRow("cmake link") << "CMakeLists.txt" << QByteArray("target_link_libraries(m PUBLIC Qt6::Widgets)\n")
                                << true;

    QTest::newRow("QtCore") << "a.cpp" << QByteArray("#include <QtCore/QString>\n") << false;
    QTest::newRow("QGuiApplication") << "a.cpp" << QByteArray("#include <QGuiApplication>\n") << false;
    QTest::newRow("QCoreApplication") << "a.cpp" << QByteArray("#include <QCoreApplication>\n") << false;
    QTest::newRow("QChar") << "a.cpp" << QByteArray("#include <QChar>\n") << false;
    QTest::newRow("QUndoStack") << "a.cpp" << QByteArray("#include <QUndoStack>\n") << false;
    QTest::newRow("model header") << "a.cpp" << QByteArray("#include \"model/io/planjsonreader.h\"\n") << false;
    QTest::newRow("comment") << "a.cpp" << QByteArray("// Never #include <QWidget> here.\n") << false;
    QTest::newRow("cmake comment") << "CMakeLists.txt" << QByteArray("# not Qt6::Widgets\n") << false;
}

void TestLayering::scannerFindsForbiddenIncludes()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(bool, flagged);
    const QStringList found =
        rd::test::scanPlanted(QStringLiteral("sub/") + fileName, content, [](const QString &root) { return scan(root); });
    QVERIFY2(found.size() == (flagged ? 1 : 0), qPrintable(found.join(u'\n')));
}

void TestLayering::scannerNamesFileAndLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.h"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#pragma once\n\n#include <QtWidgets/QWidget>\n");
    file.close();
    QCOMPARE(scan(dir.path()), QStringList{path + QStringLiteral(":3: #include <QtWidgets/QWidget>")});
}

void TestLayering::modelLayersRankOneWay()
{
    const QStringList findings = scanRanks(QStringLiteral(RD_SOURCE_DIR "/model"));
    QVERIFY2(findings.isEmpty(), qPrintable(QStringLiteral("model/ includes that go up the rank table:\n")
                                            + findings.join(u'\n')));
}

void TestLayering::modelHoldsNoHiddenState()
{
    const QStringList findings = scanHiddenState(QStringLiteral(RD_SOURCE_DIR "/model"));
    QVERIFY2(findings.isEmpty(), qPrintable(QStringLiteral("hidden state in model/ (derived data belongs in the "
                                                           "analysis the document owns):\n")
                                            + findings.join(u'\n')));
}

namespace {
void writeFile(const QString &path, const QByteArray &content)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}
} // namespace

void TestLayering::rankScannerFindsUpwardIncludes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString up = dir.filePath(QStringLiteral("simulation/state.cpp"));
    writeFile(up, "#include \"model/simulation/state.h\"\n#include \"model/rules/diagnostic.h\"\n");
    writeFile(dir.filePath(QStringLiteral("rules/check.cpp")), "#include \"model/simulation/state.h\"\n"
                                                               "#include \"model/domain/lsn.h\"\n");
    writeFile(dir.filePath(QStringLiteral("rules/script.h")), "#include \"model/tsql/quoting.h\"\n"); // same rank
    const QString unranked = dir.filePath(QStringLiteral("charts/chart.h"));
    writeFile(unranked, "#pragma once\n");
    QStringList found = scanRanks(dir.path());
    found.sort();
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0], unranked + QStringLiteral(": folder model/charts has no rank in tst_layering"));
    QCOMPARE(found[1], up + QStringLiteral(":2: #include \"model/rules/diagnostic.h\" (model/simulation includes the "
                                           "higher model/rules)"));
}

void TestLayering::hiddenStateScanner_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("thread_local") << QByteArray("    thread_local QList<int> recent;\n") << true;
    QTest::newRow("local static") << QByteArray("    static QHash<QString, int> cache;\n") << true;
    QTest::newRow("local static with value") << QByteArray("        static int calls = 0;\n") << true;
    QTest::newRow("local static braces") << QByteArray("    static std::vector<int> v{};\n") << true;
    QTest::newRow("constant") << QByteArray("    static const QList<int> none;\n") << false;
    QTest::newRow("constexpr") << QByteArray("    static constexpr int Limit = 4;\n") << false;
    QTest::newRow("static member function") << QByteArray("    static bool same(const QString &a, int b);\n") << false;
    QTest::newRow("file-scope function") << QByteArray("static int helper(int x)\n") << false;
    QTest::newRow("comment") << QByteArray("    // no thread_local here\n") << false;
}

void TestLayering::hiddenStateScanner()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, flagged);
    const QStringList found = rd::test::scanPlanted(QStringLiteral("a/x.cpp"), content, scanHiddenState);
    QVERIFY2(found.size() == (flagged ? 1 : 0), qPrintable(found.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
