// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/languagechoice.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace rd {
namespace {

bool offered(const QString &code)
{
    for (const LanguageChoice::Language &l : LanguageChoice::languages())
        if (l.code == code)
            return true;
    return false;
}

/// "de-DE" → {"de_DE", "de"}: the file name suffixes to try for one UI language, most specific first.
QStringList suffixes(const QString &uiLanguage)
{
    QString tag = uiLanguage;
    tag.replace(u'-', u'_');
    QStringList out{tag};
    const qsizetype cut = tag.indexOf(u'_');
    if (cut > 0)
        out << tag.left(cut);
    return out;
}

bool isEnglish(const QString &uiLanguage)
{
    return uiLanguage == u"C" || uiLanguage == u"en" || uiLanguage.startsWith(u"en-") || uiLanguage.startsWith(u"en_");
}

QString existing(const QString &directory, const QString &name)
{
    if (directory.isEmpty())
        return {};
    const QString path = QDir(directory).filePath(name);
    return QFileInfo::exists(path) ? path : QString();
}

} // namespace

QList<LanguageChoice::Language> LanguageChoice::languages()
{
    // Each language is named in itself, so that whoever cannot read the current one finds theirs.
    return {{QString(), tr("System default")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QString LanguageChoice::stored(const QSettings &settings)
{
    const QString code = settings.value(SettingsKey).toString();
    return offered(code) ? code : QString();
}

bool LanguageChoice::store(QSettings &settings, const QString &code)
{
    if (!offered(code))
        return false;
    if (code.isEmpty())
        settings.remove(SettingsKey);
    else
        settings.setValue(SettingsKey, code);
    return true;
}

QLocale LanguageChoice::locale(const QString &code, const QLocale &system)
{
    // LC_ALL=C (or LANG=C) means untranslated, whatever LANGUAGE lists: gettext's rule, which Qt's
    // uiLanguages() does not follow on its own. Scripts that ask for C get English.
    if (code.isEmpty())
        return system.language() == QLocale::C ? QLocale::c() : system;
    return QLocale(code);
}

QStringList LanguageChoice::catalogues(const QLocale &locale, const QString &ownDirectory, const QString &qtDirectory)
{
    return catalogues(locale.uiLanguages(), ownDirectory, qtDirectory);
}

QStringList LanguageChoice::catalogues(const QStringList &uiLanguages, const QString &ownDirectory,
                                       const QString &qtDirectory)
{
    for (const QString &ui : uiLanguages) {
        if (isEnglish(ui))
            return {};
        for (const QString &suffix : suffixes(ui)) {
            const QString own = existing(ownDirectory, QStringLiteral("restore-designer_%1.qm").arg(suffix));
            if (own.isEmpty())
                continue;
            QStringList out{own};
            for (const QString &qtSuffix : suffixes(ui)) {
                const QString qt = existing(qtDirectory, QStringLiteral("qtbase_%1.qm").arg(qtSuffix));
                if (!qt.isEmpty()) {
                    out << qt;
                    break;
                }
            }
            return out;
        }
    }
    return {};
}

QStringList LanguageChoice::apply(QCoreApplication *app, const QSettings &settings, const QString &ownDirectory,
                                  const QString &qtDirectory)
{
    const QString code = stored(settings);
    const QLocale chosen = locale(code);
    if (!code.isEmpty())
        QLocale::setDefault(chosen);
    const QStringList files = catalogues(chosen, ownDirectory,
                                         qtDirectory.isEmpty() ? QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                                                               : qtDirectory);
    QStringList loaded;
    for (const QString &file : files) {
        auto *translator = new QTranslator(app); // owned by the application, which outlives every string
        if (translator->load(file)) {
            QCoreApplication::installTranslator(translator);
            loaded << file;
        } else {
            delete translator;
        }
    }
    return loaded;
}

} // namespace rd
