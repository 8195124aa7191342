// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// LanguageChoice without widgets: the setting's values, the locale each one means, and which
// catalogue files a locale loads (folders of empty stand-in files, so the test says which names
// are looked for without depending on what the translators have done). The last case loads the
// build's real German catalogue as startup does.

#include "ui/languagechoice.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using rd::LanguageChoice;

namespace {

void touch(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
}

} // namespace

class TestLanguageChoice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theLanguagesAreNamedInThemselves();
    void aMissingOrUnknownSettingMeansTheSystemDefault();
    void storingWritesTheKeyAndRefusesUnknownCodes();
    void aChoiceOverridesTheSystemLocale();
    void cataloguesFollowTheLocale_data();
    void cataloguesFollowTheLocale();
    void aListOfLanguagesFallsBackUntilEnglish_data();
    void aListOfLanguagesFallsBackUntilEnglish();
    void startupAppliesTheStoredGerman();

private:
    /// The paths relative to the test's folder ("own/restore-designer_de.qm").
    QStringList relative(QStringList paths) const
    {
        for (QString &path : paths)
            path = QDir(m_dir.path()).relativeFilePath(path);
        return paths;
    }

    QTemporaryDir m_dir;
    QString m_own;
    QString m_qt;
};

void TestLanguageChoice::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_own = m_dir.filePath(QStringLiteral("own"));
    m_qt = m_dir.filePath(QStringLiteral("qt"));
    QVERIFY(QDir().mkpath(m_own));
    QVERIFY(QDir().mkpath(m_qt));
    // As the build embeds them: our German and French catalogues; Qt's German one only (a machine
    // without qtbase_fr.qm, as Debian without qt6-translations-l10n).
    touch(m_own + QStringLiteral("/restore-designer_de.qm"));
    touch(m_own + QStringLiteral("/restore-designer_fr.qm"));
    touch(m_qt + QStringLiteral("/qtbase_de.qm"));
    touch(m_qt + QStringLiteral("/qtbase_it.qm"));
}

void TestLanguageChoice::theLanguagesAreNamedInThemselves()
{
    QStringList codes;
    QStringList names;
    for (const LanguageChoice::Language &l : LanguageChoice::languages()) {
        codes << l.code;
        names << l.name;
    }
    QCOMPARE(codes, (QStringList{QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
    QCOMPARE(names, (QStringList{QStringLiteral("System default"), QStringLiteral("English"), QStringLiteral("Deutsch"),
                                 QStringLiteral("Français")}));
}

void TestLanguageChoice::aMissingOrUnknownSettingMeansTheSystemDefault()
{
    QSettings settings(m_dir.filePath(QStringLiteral("unknown.ini")), QSettings::IniFormat);
    QCOMPARE(LanguageChoice::stored(settings), QString());
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("tlh")); // hand-edited, or a newer version's
    QCOMPARE(LanguageChoice::stored(settings), QString());
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
    QCOMPARE(LanguageChoice::stored(settings), QStringLiteral("fr"));
}

void TestLanguageChoice::storingWritesTheKeyAndRefusesUnknownCodes()
{
    const QString file = m_dir.filePath(QStringLiteral("store.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        QVERIFY(LanguageChoice::store(settings, QStringLiteral("de")));
        QVERIFY(!LanguageChoice::store(settings, QStringLiteral("xx")));
    }
    {
        QSettings reread(file, QSettings::IniFormat);
        QCOMPARE(reread.value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        QVERIFY(LanguageChoice::store(reread, QString()));
        QVERIFY(!reread.contains(QStringLiteral("ui/language")));
    }
}

void TestLanguageChoice::aChoiceOverridesTheSystemLocale()
{
    const QLocale french(QLocale::French, QLocale::France);
    QCOMPARE(LanguageChoice::locale(QString(), french), french);
    QCOMPARE(LanguageChoice::locale(QString(), QLocale::c()).uiLanguages(), QStringList{QStringLiteral("C")});
    QCOMPARE(LanguageChoice::locale(QStringLiteral("de"), french).language(), QLocale::German);
    QCOMPARE(LanguageChoice::locale(QStringLiteral("en"), french).language(), QLocale::English);
    QCOMPARE(LanguageChoice::locale(QStringLiteral("fr"), QLocale::c()).language(), QLocale::French);
}

void TestLanguageChoice::cataloguesFollowTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("expected"); // file names: own first, then Qt's

    QTest::newRow("German, Germany") << QLocale(QLocale::German, QLocale::Germany)
                                     << QStringList{QStringLiteral("own/restore-designer_de.qm"), QStringLiteral("qt/qtbase_de.qm")};
    QTest::newRow("German, Austria: the language's catalogue")
        << QLocale(QLocale::German, QLocale::Austria)
        << QStringList{QStringLiteral("own/restore-designer_de.qm"), QStringLiteral("qt/qtbase_de.qm")};
    QTest::newRow("French: ours without Qt's") << QLocale(QLocale::French, QLocale::Canada)
                                               << QStringList{QStringLiteral("own/restore-designer_fr.qm")};
    QTest::newRow("English: the source, nothing") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QStringList{};
    QTest::newRow("C (LANG=C): nothing") << QLocale::c() << QStringList{};
    QTest::newRow("Italian: not ours, so not Qt's either") << QLocale(QLocale::Italian, QLocale::Italy) << QStringList{};
}

void TestLanguageChoice::cataloguesFollowTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QStringList, expected);
    QCOMPARE(relative(LanguageChoice::catalogues(locale, m_own, m_qt)), expected);
}

void TestLanguageChoice::aListOfLanguagesFallsBackUntilEnglish_data()
{
    // As LANGUAGE=it:de or LANGUAGE=en:de make QLocale::system().uiLanguages() on Linux.
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("it:de: German, the first one we have")
        << QStringList{QStringLiteral("it-IT"), QStringLiteral("it"), QStringLiteral("de-DE"), QStringLiteral("de")}
        << QStringList{QStringLiteral("own/restore-designer_de.qm"), QStringLiteral("qt/qtbase_de.qm")};
    QTest::newRow("fr:de: French") << QStringList{QStringLiteral("fr"), QStringLiteral("de")}
                                   << QStringList{QStringLiteral("own/restore-designer_fr.qm")};
    QTest::newRow("en:de: English comes first") << QStringList{QStringLiteral("en-US"), QStringLiteral("en"), QStringLiteral("de")}
                                                << QStringList{};
}

void TestLanguageChoice::aListOfLanguagesFallsBackUntilEnglish()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(QStringList, expected);
    QCOMPARE(relative(LanguageChoice::catalogues(uiLanguages, m_own, m_qt)), expected);
}

void TestLanguageChoice::startupAppliesTheStoredGerman()
{
    // The build's own German catalogue, as the executable embeds it; no Qt catalogue folder.
    QSettings settings(m_dir.filePath(QStringLiteral("german.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
    const QStringList loaded = LanguageChoice::apply(QCoreApplication::instance(), settings, QStringLiteral(RD_QM_DIR),
                                                     m_dir.filePath(QStringLiteral("none")));
    QCOMPARE(loaded, QStringList{QStringLiteral(RD_QM_DIR "/restore-designer_de.qm")});
    QCOMPARE(QLocale().language(), QLocale::German); // numbers and dates follow the choice
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
}

QTEST_GUILESS_MAIN(TestLanguageChoice)
#include "tst_languagechoice.moc"
