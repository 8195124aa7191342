// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class QSettings;

namespace rd {

/// The language the designer and the command line speak: the user's choice (Edit ▸ Preferences,
/// kept in QSettings under SettingsKey) or else the system's, and which translation catalogues
/// that means. Read once at startup, before any window or command runs: a change applies at the
/// next start (docs/languages.md). QtCore only, so the command line and the tests use it without
/// widgets.
class LanguageChoice
{
    Q_DECLARE_TR_FUNCTIONS(rd::LanguageChoice)
public:
    /// The QSettings key: "" (or missing) for the system's language, else a code of languages().
    static inline const QString SettingsKey = QStringLiteral("ui/language");
    /// Where the executable embeds its own catalogues (translations/CMakeLists.txt).
    static inline const QString EmbeddedCatalogues = QStringLiteral(":/i18n");

    struct Language
    {
        QString code; ///< "" for the system default, else an ISO 639 code ("en", "de", "fr")
        QString name; ///< named in itself ("Deutsch"); the system default in the current language
    };
    /// The choices the Preferences dialog offers, the system default first.
    static QList<Language> languages();

    /// The stored choice; "" when there is none or it is not one of languages() (a hand-edited or
    /// newer settings file), so the system's language applies.
    static QString stored(const QSettings &settings);
    /// Stores `code` ("" for the system default); a code not in languages() is refused (false).
    static bool store(QSettings &settings, const QString &code);

    /// The locale a choice means: `system` for "" (the C locale, so English, when the system's is C
    /// even if LANGUAGE lists languages), else the chosen language's own locale.
    static QLocale locale(const QString &code, const QLocale &system = QLocale::system());

    /// The catalogue files to load for `locale`, most important first: ours from `ownDirectory`
    /// (restore-designer_<lang>.qm) and then Qt's from `qtDirectory` (qtbase_<lang>.qm) for the
    /// same language. The locale's UI languages are tried in order (LANGUAGE=fr:de falls back to
    /// German), and English, the source language, ends the search with no catalogue: with
    /// LANGUAGE=en:de the program speaks English. Only existing files are returned.
    static QStringList catalogues(const QLocale &locale, const QString &ownDirectory, const QString &qtDirectory);
    /// The same for a list of UI languages as QLocale::uiLanguages() gives them ("de-DE", "de").
    static QStringList catalogues(const QStringList &uiLanguages, const QString &ownDirectory, const QString &qtDirectory);

    /// At startup: reads the choice from `settings`, makes its locale the default one (numbers and
    /// dates follow the chosen language) and installs translators, owned by `app`, for
    /// catalogues(). Returns the files loaded.
    static QStringList apply(QCoreApplication *app, const QSettings &settings,
                             const QString &ownDirectory = EmbeddedCatalogues, const QString &qtDirectory = QString());
};

} // namespace rd
