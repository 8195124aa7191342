// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QComboBox;
class QSettings;

namespace rd {

/// Edit ▸ Preferences: the language of the designer and the command line (LanguageChoice). OK
/// stores the choice in the settings; it applies at the next start, as the dialog says (a window
/// that retranslates itself while open is not worth its complexity here).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    /// `settings`: where the choice is read and stored, not owned; the application's own
    /// QSettings when null (tests pass one in a temporary folder).
    explicit PreferencesDialog(QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /// The language code selected ("" for the system default); stored only on accept().
    QString selectedLanguage() const;
    void selectLanguage(const QString &code);

    void accept() override;

    /// Shows the dialog on the application's settings (Edit ▸ Preferences…).
    static void showFor(QWidget *parent);

private:
    QSettings *m_settings;
    bool m_ownsSettings;
    QComboBox *m_language;
};

} // namespace rd
