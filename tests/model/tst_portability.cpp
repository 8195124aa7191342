// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The program builds for Windows and macOS too (packaging/README.md), so model/ and ui/ use Qt and
// the C++ standard library only: no POSIX header, no POSIX call. A Linux build would not notice one
// (it compiles here), so the sources are read line by line, as tst_layering does. app/ may use
// platform code, but only inside a preprocessor conditional (#ifdef Q_OS_WIN, #if defined(...)).

#include "tests/plantedsource.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

// Plain string literals below: moc (which reads this file for Q_OBJECT) trips on raw strings
// holding a lone double quote.

/// `#include <X>` / `#include "X"`: the included path.
const QRegularExpression IncludeLine(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
/// POSIX headers that neither the C nor the C++ standard has (MSVC lacks them or has other ones).
/// <signal.h> is standard C (signal, raise); its POSIX parts are caught as calls below.
const QRegularExpression PosixHeader(
    QStringLiteral("^(unistd|fcntl|pthread|dlfcn|termios|dirent|pwd|grp|poll|spawn|syslog|libgen|glob|fnmatch"
                   "|semaphore|strings|utime|wordexp|langinfo|mqueue|aio|sched|netdb|ifaddrs|sys/\\w+|netinet/\\w+"
                   "|arpa/\\w+)\\.h$"));
/// POSIX functions with names no Qt or standard function shares: flagged called bare (`fork()`)
/// or from the global namespace (`::fork()`), never as a member (`x.fork()`, `Foo::fork()`).
const QString DistinctCalls = QStringLiteral(
    "fork|vfork|exec[lv]p?e?|getpid|getppid|getuid|geteuid|getgid|getegid|setuid|setsid|mmap|munmap"
    "|mprotect|msync|setenv|unsetenv|putenv|realpath|readlink|symlink|lstat|fsync|fdatasync|ftruncate|dup2"
    "|sigaction|sigprocmask|sigemptyset|sigaddset|pthread_\\w+|dlopen|dlsym|dlclose|usleep|nanosleep|popen"
    "|pclose|mkstemp|mkdtemp|gettimeofday|clock_gettime|localtime_r|gmtime_r|strerror_r|getpwuid|getpwnam"
    "|sysconf|isatty|fileno|chown|fchmod|umask|waitpid|socketpair");
/// POSIX functions whose names Qt's classes also use (QFile::open, QIODevice::read…): flagged
/// only from the global namespace, `::open(…)`, the form that reaches the POSIX one.
const QString GlobalCalls = QStringLiteral(
    "open|close|read|write|stat|fstat|kill|sleep|pipe|dup|unlink|access|chdir|getcwd|mkdir|rmdir|chmod|link"
    "|select|poll|truncate|sync|alarm|pause|wait");
const QRegularExpression PosixCall(QStringLiteral("(?<![\\w.>:~])(%1)\\s*\\(|(?<![\\w>])::\\s*(%1|%2)\\s*\\(")
                                       .arg(DistinctCalls, GlobalCalls));
const QRegularExpression StringLiteral(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\""));
const QRegularExpression ConditionalStart(QStringLiteral("^\\s*#\\s*if"));
const QRegularExpression ConditionalEnd(QStringLiteral("^\\s*#\\s*endif\\b"));

/// Whether platform code is allowed inside a preprocessor conditional (app/) or nowhere (model/, ui/).
enum class Guards { Allowed, Ignored };

/// "file:line: text" for each POSIX-only include or call in the C++ sources under `root`.
QStringList scan(const QString &root, Guards guards, int *filesScanned = nullptr)
{
    QStringList findings;
    int files = 0;
    QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            findings << QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
            continue;
        }
        ++files;
        int lineNumber = 0;
        int depth = 0; // of #if/#ifdef/#ifndef blocks
        bool inBlockComment = false;
        while (!file.atEnd()) {
            const QString raw = QString::fromUtf8(file.readLine());
            ++lineNumber;
            // The code of the line: block comments, line comments and string literals taken out.
            QString code = raw;
            if (inBlockComment) {
                const qsizetype end = code.indexOf(QLatin1String("*/"));
                inBlockComment = end < 0;
                code = inBlockComment ? QString() : code.mid(end + 2);
            }
            code.replace(StringLiteral, QStringLiteral("\"\""));
            for (qsizetype start; (start = code.indexOf(QLatin1String("/*"))) >= 0;) {
                const qsizetype end = code.indexOf(QLatin1String("*/"), start + 2);
                if (end < 0) {
                    inBlockComment = true;
                    code.truncate(start);
                    break;
                }
                code.remove(start, end + 2 - start);
            }
            code = code.section(QStringLiteral("//"), 0, 0);

            if (ConditionalStart.match(code).hasMatch())
                ++depth;
            else if (ConditionalEnd.match(code).hasMatch())
                depth = std::max(0, depth - 1);
            if (guards == Guards::Allowed && depth > 0)
                continue;
            const QRegularExpressionMatch include = IncludeLine.match(raw);
            const bool posixInclude = include.hasMatch() && PosixHeader.match(include.captured(1)).hasMatch();
            if (posixInclude || (!include.hasMatch() && PosixCall.match(code).hasMatch()))
                findings << QStringLiteral("%1:%2: %3").arg(path).arg(lineNumber).arg(raw.trimmed());
        }
    }
    if (filesScanned)
        *filesScanned = files;
    return findings;
}

} // namespace

class TestPortability : public QObject
{
    Q_OBJECT

private slots:
    void modelAndUiUseNoPosix_data();
    void modelAndUiUseNoPosix();
    void appGuardsPlatformCode();
    void scannerFindsPosix_data();
    void scannerFindsPosix();
    void scannerNamesFileAndLine();
    void guardedCodeAllowedInAppOnly();
};

void TestPortability::modelAndUiUseNoPosix_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("model") << QStringLiteral("model");
    QTest::newRow("ui") << QStringLiteral("ui");
}

void TestPortability::modelAndUiUseNoPosix()
{
    QFETCH(QString, folder);
    int files = 0;
    const QStringList findings = scan(QStringLiteral(RD_SOURCE_DIR "/") + folder, Guards::Ignored, &files);
    // An empty or misplaced folder would pass vacuously.
    QVERIFY2(files >= 10, qPrintable(QStringLiteral("only %1 files under %2/").arg(files).arg(folder)));
    QVERIFY2(findings.isEmpty(),
             qPrintable(QStringLiteral("%1/ must build on Windows and macOS too: use Qt or the standard library "
                                       "instead of these POSIX headers and calls:\n")
                            .arg(folder)
                        + findings.join(u'\n')));
}

void TestPortability::appGuardsPlatformCode()
{
    int files = 0;
    const QStringList findings = scan(QStringLiteral(RD_SOURCE_DIR "/app"), Guards::Allowed, &files);
    QVERIFY2(files >= 10, qPrintable(QStringLiteral("only %1 files under app/").arg(files)));
    QVERIFY2(findings.isEmpty(), qPrintable(QStringLiteral("app/ uses POSIX outside #ifdef:\n") + findings.join(u'\n')));
}

// The scanner itself: every form of a violation, and nothing the code may legitimately write.
void TestPortability::scannerFindsPosix_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("flagged");

    QTest::newRow("unistd.h") << QByteArray("#include <unistd.h>\n") << true;
    QTest::newRow("sys/stat.h") << QByteArray("#include <sys/stat.h>\n") << true;
    QTest::newRow("spaced fcntl.h") << QByteArray("  #  include \"fcntl.h\"\n") << true;
    QTest::newRow("pthread.h") << QByteArray("#include <pthread.h>\n") << true;
    QTest::newRow("dlfcn.h") << QByteArray("#include <dlfcn.h>\n") << true;
    QTest::newRow("netinet/in.h") << QByteArray("#include <netinet/in.h>\n") << true;
    QTest::newRow("fork") << QByteArray("    const pid_t child = fork();\n") << true;
    QTest::newRow("getpid") << QByteArray("    qDebug() << getpid ();\n") << true;
    QTest::newRow("::open") << QByteArray("    const int fd = ::open(path, O_RDONLY);\n") << true;
    QTest::newRow("::close") << QByteArray("    ::close(fd);\n") << true;
    QTest::newRow("mmap") << QByteArray("    void *p = mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);\n") << true;
    QTest::newRow("setenv") << QByteArray("    setenv(\"TZ\", \"UTC\", 1);\n") << true;
    QTest::newRow("::realpath") << QByteArray("    char *r = ::realpath(p, nullptr);\n") << true;
    QTest::newRow("sigaction") << QByteArray("    sigaction(SIGINT, &action, nullptr);\n") << true;
    QTest::newRow("pthread_create") << QByteArray("    pthread_create(&t, nullptr, run, nullptr);\n") << true;
    QTest::newRow("execvp") << QByteArray("    execvp(argv[0], argv);\n") << true;
    QTest::newRow("after a block comment") << QByteArray("/* a */ usleep(10);\n") << true;

    QTest::newRow("QFile::open member") << QByteArray("    if (!file.open(QIODevice::ReadOnly))\n") << false;
    QTest::newRow("pointer member") << QByteArray("    device->close();\n") << false;
    QTest::newRow("qualified member") << QByteArray("    return QFile::open(mode);\n") << false;
    QTest::newRow("std function") << QByteArray("    std::filesystem::status(p, ec);\n") << false;
    QTest::newRow("standard header") << QByteArray("#include <csignal>\n#include <cstdio>\n") << false;
    QTest::newRow("Qt header") << QByteArray("#include <QFileInfo>\n") << false;
    QTest::newRow("bare open declaration") << QByteArray("    bool open(const QString &path);\n") << false;
    QTest::newRow("line comment") << QByteArray("    // unlike fork() or ::open(), QProcess works everywhere\n")
                                  << false;
    QTest::newRow("block comment") << QByteArray("/* getpid()\n   mmap() */\nint x = 1;\n") << false;
    QTest::newRow("string literal") << QByteArray("    out << tr(\"fork() failed\");\n") << false;
    QTest::newRow("longer name") << QByteArray("    forkPlan(plan);\n    planFork();\n") << false;
}

void TestPortability::scannerFindsPosix()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, flagged);
    const QStringList found = rd::test::scanPlanted(QStringLiteral("planted.cpp"), content, [](const QString &root) {
        return scan(root, Guards::Ignored);
    });
    QVERIFY2(found.size() == (flagged ? 1 : 0), qPrintable(found.join(u'\n')));
}

void TestPortability::scannerNamesFileAndLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("io")));
    const QString path = dir.filePath(QStringLiteral("io/planted.h"));
    QVERIFY(rd::test::writeBytes(path, "#pragma once\n\n#include <unistd.h>\n"));
    QCOMPARE(scan(dir.path(), Guards::Ignored), QStringList{path + QStringLiteral(":3: #include <unistd.h>")});
}

// The same planted file: fine in app/ where the POSIX parts sit inside #ifdef, flagged in model/ and
// ui/; a call after the #endif is flagged in both.
void TestPortability::guardedCodeAllowedInAppOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("main.cpp"));
    QVERIFY(rd::test::writeBytes(path, "#include <QFile>\n"
                                       "#ifdef Q_OS_UNIX\n"
                                       "#include <unistd.h>\n"
                                       "#  if defined(Q_OS_LINUX)\n"
                                       "static int pid() { return getpid(); }\n"
                                       "#  endif\n"
                                       "#else\n"
                                       "#include <io.h>\n"
                                       "#endif\n"
                                       "int main() { return ::close(0); }\n"));
    QCOMPARE(scan(dir.path(), Guards::Allowed), QStringList{path + QStringLiteral(":10: int main() { return ::close(0); }")});
    QCOMPARE(scan(dir.path(), Guards::Ignored).size(), 3);
}

QTEST_GUILESS_MAIN(TestPortability)
#include "tst_portability.moc"
