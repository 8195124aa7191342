// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/preferencesdialog.h"

#include "ui/languagechoice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

namespace rd {

PreferencesDialog::PreferencesDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent), m_settings(settings ? settings : new QSettings), m_ownsSettings(!settings),
      m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const LanguageChoice::Language &l : LanguageChoice::languages())
        m_language->addItem(l.name, l.code);
    m_language->setToolTip(tr("The language of the windows, messages and command-line reports. The system "
                              "default follows the desktop's language (LANGUAGE, LANG)."));
    selectLanguage(LanguageChoice::stored(*m_settings));

    auto *note = new QLabel(tr("A new language applies the next time Restore Designer starts."), this);
    note->setObjectName(QStringLiteral("languageNote"));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(buttons);
    setMinimumWidth(380);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog()
{
    if (m_ownsSettings)
        delete m_settings;
}

QString PreferencesDialog::selectedLanguage() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::selectLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

void PreferencesDialog::accept()
{
    LanguageChoice::store(*m_settings, selectedLanguage());
    m_settings->sync();
    QDialog::accept();
}

void PreferencesDialog::showFor(QWidget *parent)
{
    PreferencesDialog dialog(nullptr, parent);
    dialog.exec();
}

} // namespace rd
