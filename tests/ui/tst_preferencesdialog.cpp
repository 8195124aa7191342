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
    void closingStoresOnlyOnOk_data();
    void closingStoresOnlyOnOk();
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

void TestPreferencesDialog::closingStoresOnlyOnOk_data()
{
    QTest::addColumn<QString>("before"); // the stored code, "<none>" for no key
    QTest::addColumn<QString>("shown");  // the combo's entry when the dialog opens
    QTest::addColumn<QString>("chosen"); // the entry the user picks
    QTest::addColumn<bool>("ok");        // OK, else Cancel
    QTest::addColumn<QString>("after");

    QTest::newRow("OK stores the choice") << "<none>" << "System default" << "Deutsch" << true << "de";
    QTest::newRow("Cancel stores nothing") << "en" << "English" << "Français" << false << "en";
    QTest::newRow("the system default removes the key") << "de" << "Deutsch" << "System default" << true << "<none>";
}

void TestPreferencesDialog::closingStoresOnlyOnOk()
{
    QFETCH(QString, before);
    QFETCH(QString, shown);
    QFETCH(QString, chosen);
    QFETCH(bool, ok);
    QFETCH(QString, after);
    QSettings settings(m_file, QSettings::IniFormat);
    if (before != u"<none>")
        settings.setValue(QStringLiteral("ui/language"), before);
    settings.sync();
    rd::PreferencesDialog dialog(&settings);
    QCOMPARE(combo(dialog)->currentText(), shown);
    choose(dialog, chosen);
    QCOMPARE(stored(), before); // nothing before the dialog closes
    if (ok)
        dialog.accept();
    else
        dialog.reject();
    QCOMPARE(stored(), after);
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
