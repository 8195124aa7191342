// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Edit ▸ Preferences: the language combo shows the stored choice, OK stores the one chosen (in a
// QSettings file of a temporary folder), Cancel stores nothing, and the window offers the dialog
// where a desktop tool has it. With RD_SCREENSHOT_DIR set, also writes preferences.png.

#include "ui/mainwindow.h"
#include "ui/preferencesdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void theComboShowsTheStoredLanguage();
    void anUnknownStoredLanguageShowsTheSystemDefault();
    void okStoresTheChosenLanguage();
    void cancelStoresNothing();
    void theSystemDefaultRemovesTheSetting();
    void theDialogSaysWhenTheLanguageApplies();
    void theEditMenuOffersPreferences();

private:
    QString stored() const;
    static QComboBox *combo(rd::PreferencesDialog &dialog);
    static void choose(rd::PreferencesDialog &dialog, const QString &name);

    QTemporaryDir m_dir;
    QString m_file;
    int m_files = 0;
};

void TestPreferencesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestPreferencesDialog::init()
{
    m_file = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_files));
}

QString TestPreferencesDialog::stored() const
{
    return QSettings(m_file, QSettings::IniFormat).value(QStringLiteral("ui/language"), QStringLiteral("<none>")).toString();
}

QComboBox *TestPreferencesDialog::combo(rd::PreferencesDialog &dialog)
{
    return dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
}

/// Picks the entry by its visible name, as the user does.
void TestPreferencesDialog::choose(rd::PreferencesDialog &dialog, const QString &name)
{
    QComboBox *box = combo(dialog);
    const int index = box->findText(name);
    QVERIFY2(index >= 0, qPrintable(name));
    box->setCurrentIndex(index);
}

void TestPreferencesDialog::theComboShowsTheStoredLanguage()
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
    rd::PreferencesDialog dialog(&settings);
    QComboBox *box = combo(dialog);
    QVERIFY(box);
    QCOMPARE(box->count(), 4);
    QCOMPARE(box->currentText(), QStringLiteral("Français"));
    QCOMPARE(dialog.selectedLanguage(), QStringLiteral("fr"));
}

void TestPreferencesDialog::anUnknownStoredLanguageShowsTheSystemDefault()
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("tlh"));
    rd::PreferencesDialog dialog(&settings);
    QCOMPARE(combo(dialog)->currentText(), QStringLiteral("System default"));
    QCOMPARE(dialog.selectedLanguage(), QString());
}

void TestPreferencesDialog::okStoresTheChosenLanguage()
{
    QSettings settings(m_file, QSettings::IniFormat);
    rd::PreferencesDialog dialog(&settings);
    QCOMPARE(combo(dialog)->currentText(), QStringLiteral("System default"));
    choose(dialog, QStringLiteral("Deutsch"));
    QCOMPARE(stored(), QStringLiteral("<none>")); // not before OK
    dialog.accept();
    QCOMPARE(stored(), QStringLiteral("de"));
}

void TestPreferencesDialog::cancelStoresNothing()
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    settings.sync();
    rd::PreferencesDialog dialog(&settings);
    choose(dialog, QStringLiteral("Français"));
    dialog.reject();
    QCOMPARE(stored(), QStringLiteral("en"));
}

void TestPreferencesDialog::theSystemDefaultRemovesTheSetting()
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
    settings.sync();
    rd::PreferencesDialog dialog(&settings);
    QCOMPARE(combo(dialog)->currentText(), QStringLiteral("Deutsch"));
    choose(dialog, QStringLiteral("System default"));
    dialog.accept();
    QCOMPARE(stored(), QStringLiteral("<none>"));
}

void TestPreferencesDialog::theDialogSaysWhenTheLanguageApplies()
{
    QSettings settings(m_file, QSettings::IniFormat);
    rd::PreferencesDialog dialog(&settings);
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageNote"));
    QVERIFY(note);
    QVERIFY(note->text().contains(QStringLiteral("next time")));
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    dialog.show();
    choose(dialog, QStringLiteral("Deutsch"));
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/preferences.png")));
}

void TestPreferencesDialog::theEditMenuOffersPreferences()
{
    rd::MainWindow window;
    auto *edit = window.menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
    QVERIFY(edit);
    QAction *found = nullptr;
    for (QAction *a : edit->actions())
        if (a->objectName() == u"preferencesAction")
            found = a;
    QVERIFY(found);
    QCOMPARE(found->text(), QStringLiteral("&Preferences…"));
    QCOMPARE(found->menuRole(), QAction::PreferencesRole);
    QCOMPARE(found->shortcut(), QKeySequence(QKeySequence::Preferences));
    QVERIFY(!found->statusTip().isEmpty());
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
