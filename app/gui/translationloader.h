#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// Chooses the language of the interface (the system's, or the one the person picked) and
// installs Qt's and Callscope's translations for it.
class TranslationLoader
{
public:
    TranslationLoader() = delete;

    // The QSettings key that overrides the system language: "" follows the system, otherwise a
    // code from availableLanguages().
    static QString settingKey();
    static QString languageSetting();
    static void setLanguageSetting(const QString &language);

    // The languages the interface is available in, as codes for the setting: "de", "en", "es".
    static QStringList availableLanguages();
    // A language's name in that language, for a menu: "Deutsch", "English", "Español".
    static QString nativeName(const QString &language);

    // Installs the translations for the saved setting, or for `language` ("" = the system's),
    // replacing those installed before. Needs a QCoreApplication. When the language is chosen
    // rather than the system's, numbers and dates follow it too. Returns the language Callscope
    // now speaks: "en" when no translation matches, since English is the source language.
    static QString install();
    static QString install(const QString &language);

    // The locale whose translations serve `language` ("" = the system locale).
    static QLocale localeFor(const QString &language,
                             const QLocale &systemLocale = QLocale::system());
};
