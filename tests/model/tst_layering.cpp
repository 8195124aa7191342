// The model layer stays free of widgets and charts (README.md, "Layout": app → ui → model). Linking alone
// would not catch it: a header-only use of <QtWidgets/...> compiles wherever the include path
// happens to have Qt's widgets headers. So the sources under model/ are read line by line.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

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

/// "file:line: text" for each forbidden include under `root` (every file, recursively).
QStringList scan(const QString &root, int *filesScanned = nullptr)
{
    QStringList findings;
    int files = 0;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            findings << QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
            continue;
        }
        ++files;
        const bool cmake = path.endsWith(QLatin1String("CMakeLists.txt")) || path.endsWith(QLatin1String(".cmake"));
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            ++lineNumber;
            const QRegularExpressionMatch include = IncludeLine.match(line);
            const bool forbidden = (include.hasMatch() && ForbiddenInclude.match(include.captured(1)).hasMatch())
                                   || (cmake && !line.startsWith(u'#') && ForbiddenLink.match(line).hasMatch());
            if (forbidden)
                findings << QStringLiteral("%1:%2: %3").arg(path).arg(lineNumber).arg(line);
        }
    }
    if (filesScanned)
        *filesScanned = files;
    return findings;
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
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub")));
    QFile file(dir.filePath(QStringLiteral("sub/") + fileName));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QCOMPARE(scan(dir.path()).size(), flagged ? 1 : 0);
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

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
