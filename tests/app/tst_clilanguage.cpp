// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The command line speaks the language startup chooses (docs/languages.md): the ui/language
// setting first, else the locale, with a C locale meaning English. `check` on the bundled sample
// is run with each environment and compared with its English report (LC_ALL=C, no setting).
//
// The German cases need the translated German catalogue (translations/restore-designer_de.ts):
// while it holds no translation at all, they are skipped and say so.

#include "tests/app/clirun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

const QString Sample = QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json");

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void speaksTheChosenLanguage_data();
    void speaksTheChosenLanguage();

private:
    /// The environment of a user with `language` stored ("" for none) and these locale variables.
    QProcessEnvironment environment(const QString &language, const QStringList &variables) const;

    QTemporaryDir m_dir;
    QByteArray m_english;
    bool m_germanCatalogue = false;
};

void TestCliLanguage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const rd::test::CliRun english = rd::test::runCli({QStringLiteral("check"), Sample});
    QCOMPARE(english.exitCode, 0);
    QVERIFY(english.out.startsWith("plan \"Piecemeal restore (Microsoft sample)\": 0 errors, 0 warnings"));
    m_english = english.out;
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(RD_QM_DIR "/restore-designer_de.qm")));
    m_germanCatalogue = !german.isEmpty();
}

QProcessEnvironment TestCliLanguage::environment(const QString &language, const QStringList &variables) const
{
    QProcessEnvironment env = rd::test::cliEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    const QString config = m_dir.filePath(language.isEmpty() ? QStringLiteral("none") : language);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    if (!language.isEmpty()) {
        QDir().mkpath(config + QStringLiteral("/Restore Designer"));
        QFile f(config + QStringLiteral("/Restore Designer/restore-designer.conf"));
        if (f.open(QIODevice::WriteOnly))
            f.write("[ui]\nlanguage=" + language.toUtf8() + '\n');
    }
    for (const QString &v : variables)
        env.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
    return env;
}

void TestCliLanguage::speaksTheChosenLanguage_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<bool>("german");

    QTest::newRow("LANGUAGE=de LANG=de_DE.UTF-8") << QString()
                                                  << QStringList{QStringLiteral("LANGUAGE=de"), QStringLiteral("LANG=de_DE.UTF-8")}
                                                  << true;
    QTest::newRow("the setting over LC_ALL=C") << QStringLiteral("de") << QStringList{QStringLiteral("LC_ALL=C")} << true;
    QTest::newRow("English chosen, German locale")
        << QStringLiteral("en") << QStringList{QStringLiteral("LANGUAGE=de"), QStringLiteral("LANG=de_DE.UTF-8")} << false;
    QTest::newRow("LC_ALL=C over LANGUAGE=de") << QString()
                                               << QStringList{QStringLiteral("LC_ALL=C"), QStringLiteral("LANGUAGE=de")} << false;
    QTest::newRow("LANGUAGE=en:de") << QString()
                                    << QStringList{QStringLiteral("LANGUAGE=en:de"), QStringLiteral("LANG=de_DE.UTF-8")}
                                    << false;
}

void TestCliLanguage::speaksTheChosenLanguage()
{
    QFETCH(QString, setting);
    QFETCH(QStringList, variables);
    QFETCH(bool, german);
    if (!m_germanCatalogue)
        QSKIP("translations/restore-designer_de.ts has no finished translation yet: German and English look alike");
    const rd::test::CliRun r = rd::test::runCli({QStringLiteral("check"), Sample}, environment(setting, variables));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    if (german)
        QVERIFY2(r.out != m_english, r.out.constData());
    else
        QCOMPARE(r.out, m_english);
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
