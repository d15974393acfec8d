#include "translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// Where translations/CMakeLists.txt embeds the compiled .qm files.
QString resourceDirectory()
{
    return u":/i18n"_s;
}

// Installed translators are children of the application, marked so that the next install()
// finds and replaces them.
constexpr char installedMark[] = "callscopeTranslator";

QString languageCode(const QLocale &locale)
{
    return QLocale::languageToCode(locale.language());
}

void removeInstalledTranslators(QCoreApplication *app)
{
    const auto translators
            = app->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        if (translator->property(installedMark).toBool()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
}

void installMarked(QTranslator *translator)
{
    translator->setProperty(installedMark, true);
    QCoreApplication::installTranslator(translator);
}

} // namespace

QString TranslationLoader::settingKey()
{
    return u"language"_s;
}

QString TranslationLoader::languageSetting()
{
    return QSettings().value(settingKey()).toString();
}

void TranslationLoader::setLanguageSetting(const QString &language)
{
    QSettings().setValue(settingKey(), language);
}

QStringList TranslationLoader::availableLanguages()
{
    const QString prefix = u"callscope_"_s;
    const QString suffix = u".qm"_s;
    QStringList languages;
    const QStringList files = QDir(resourceDirectory())
                                      .entryList({prefix + u'*' + suffix}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.sliced(prefix.size(), file.size() - prefix.size() - suffix.size()));
    return languages;
}

QString TranslationLoader::nativeName(const QString &language)
{
    // Qt names a language after its default country ("American English", "español de España");
    // the menu offers one of each.
    const QLocale locale(language);
    switch (locale.language()) {
    case QLocale::English:
        return u"English"_s;
    case QLocale::German:
        return u"Deutsch"_s;
    case QLocale::Spanish:
        return u"Español"_s;
    default:
        break;
    }
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? language : locale.toUpper(name.first(1)) + name.sliced(1);
}

QLocale TranslationLoader::localeFor(const QString &language, const QLocale &systemLocale)
{
    return language.isEmpty() ? systemLocale : QLocale(language);
}

QString TranslationLoader::install()
{
    return install(languageSetting());
}

QString TranslationLoader::install(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT_X(app, "TranslationLoader::install", "needs a QCoreApplication");
    removeInstalledTranslators(app);

    // Callscope's own texts; English (the source language) when none matches, so plurals read
    // "1 call" rather than "1 call(s)".
    const QLocale requested = localeFor(language);
    auto *own = new QTranslator(app);
    if (!own->load(requested, u"callscope"_s, u"_"_s, resourceDirectory())
        && !own->load(u"callscope_en"_s, resourceDirectory())) {
        delete own;
        own = nullptr;
    }
    const QString spoken = own ? languageCode(QLocale(own->language())) : u"en"_s;

    // Qt's own texts (standard buttons, command-line help) in the language Callscope speaks, so
    // one dialog never mixes two languages.
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(spoken), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installMarked(qt);
    else
        delete qt;
    if (own)
        installMarked(own);

    // A language picked by the person brings its formats for numbers and dates, so a sentence
    // and its numbers agree; following the system keeps the system's formats.
    const QLocale system = QLocale::system();
    if (!language.isEmpty() && requested.language() != system.language())
        QLocale::setDefault(requested);
    else
        QLocale::setDefault(system);
    return spoken;
}
