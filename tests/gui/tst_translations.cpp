#include "gui/accountstore.h"
#include "gui/mainwindow.h"
#include "gui/translationloader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// One message of a .ts file, as Qt Linguist stores it.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "obsolete" or "vanished"
    bool numerus = false;
    QStringList translations; // one, or one per plural form
    qint64 line = 0;

    QString where() const { return u"line %1, %2: \"%3\""_s.arg(line).arg(context, source); }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;

    // The translation of (context, source), as the .ts has it.
    QString translation(const QString &context, const QString &source) const
    {
        for (const TsMessage &message : messages) {
            if (message.context == context && message.source == source && !message.numerus)
                return message.translations.value(0);
        }
        return {};
    }
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1StringView("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
            message.line = xml.lineNumber();
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(CALLSCOPE_TRANSLATIONS_DIR) + u"/callscope_"_s + language + u".ts"_s;
}

QStringList tsLanguages()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(CALLSCOPE_TRANSLATIONS_DIR))
                                      .entryList({u"callscope_*.ts"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.sliced(10).chopped(3));
    return languages;
}

// %1…%99, %n and %Ln: what a translation must keep so that arg() and plurals still work.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(L?n|[1-9][0-9]?|p)(?![0-9])"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    return found;
}

// A mnemonic such as "&File" (one "&" before a letter; "&&" is a literal ampersand).
const QRegularExpression &mnemonicPattern()
{
    static const QRegularExpression pattern(u"(?<!&)&([^&\\s])"_s);
    return pattern;
}

int mnemonics(const QString &text)
{
    int count = 0;
    for (auto it = mnemonicPattern().globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

// The letters that Alt+letter reaches among these actions, and the ones claimed twice.
QStringList repeatedMnemonics(const QList<QAction *> &actions)
{
    QSet<QString> seen;
    QStringList repeated;
    for (QAction *action : actions) {
        const QRegularExpressionMatch match = mnemonicPattern().match(action->text());
        if (!match.hasMatch())
            continue;
        const QString letter = match.captured(1).toLower();
        if (seen.contains(letter))
            repeated.append(action->text());
        seen.insert(letter);
    }
    return repeated;
}

QString withCount(QString form, int n)
{
    return form.replace(u"%Ln"_s, QString::number(n)).replace(u"%n"_s, QString::number(n));
}

} // namespace

// The .ts files are complete, the embedded .qm files match them, and the window speaks German
// and Spanish.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CallscopeTest"_s);
        QCoreApplication::setApplicationName(u"tst_translations"_s);
        QSettings().clear();
        const QStringList languages = tsLanguages();
        for (const char *expected : {"de", "en", "es"})
            QVERIFY2(languages.contains(QLatin1String(expected)), expected);
    }

    void cleanup() { TranslationLoader::install(u"en"_s); }

    void tsFileIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : tsLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void tsFileIsComplete()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY(!ts.messages.isEmpty());
        QStringList problems;
        for (const TsMessage &message : ts.messages) {
            if (!message.type.isEmpty())
                problems.append(message.type + u": "_s + message.where());
            else if (message.translations.isEmpty() || message.translations.contains(QString()))
                problems.append(u"empty translation: "_s + message.where());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void translationsKeepPlaceholdersAndMnemonics_data() { tsFileIsComplete_data(); }

    void translationsKeepPlaceholdersAndMnemonics()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(tsPath(language));
        QStringList problems;
        for (const TsMessage &message : ts.messages) {
            if (!message.type.isEmpty())
                continue; // tsFileIsComplete reports it
            for (const QString &translation : message.translations) {
                QStringList expected = placeholders(message.source);
                QStringList actual = placeholders(translation);
                if (message.numerus) {
                    // A singular form may spell out its number ("one call") instead of %n.
                    expected.removeAll(u"%n"_s);
                    actual.removeAll(u"%n"_s);
                }
                if (actual != expected)
                    problems.append(u"placeholders %1 instead of %2: "_s.arg(actual.join(u' '),
                                                                             expected.join(u' '))
                                    + message.where());
                if (mnemonics(translation) != mnemonics(message.source))
                    problems.append(u"mnemonic (&) lost or added: "_s + message.where());
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void englishHoldsOnlyPlurals()
    {
        const TsFile ts = readTs(tsPath(u"en"_s));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        for (const TsMessage &message : ts.messages) {
            QVERIFY2(message.numerus, qPrintable(message.where()));
            QCOMPARE(message.translations.size(), 2);
            QVERIFY2(!message.translations.at(0).contains(u"(s)"_s), qPrintable(message.where()));
        }
    }

    // The embedded .qm files say what the .ts files say, plurals included.
    void embeddedTranslationsMatchTs_data() { tsFileIsComplete_data(); }

    void embeddedTranslationsMatchTs()
    {
        QFETCH(QString, language);
        QCOMPARE(TranslationLoader::install(language), language);
        const TsFile ts = readTs(tsPath(language));
        for (const TsMessage &message : ts.messages) {
            if (!message.type.isEmpty())
                continue; // lrelease leaves unfinished entries out; tsFileIsComplete reports them
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            const QByteArray comment = message.comment.toUtf8();
            const char *disambiguation = comment.isEmpty() ? nullptr : comment.constData();
            if (!message.numerus) {
                QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(),
                                                     disambiguation),
                         message.translations.value(0));
                continue;
            }
            // German, English and Spanish: the first form for one, the second for any other.
            for (int n : {1, 2, 21}) {
                const QString expected = withCount(message.translations.value(n == 1 ? 0 : 1), n);
                QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(),
                                                     disambiguation, n),
                         expected);
            }
        }
    }

    void windowIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("es") << u"es"_s;
    }

    void windowIsTranslated()
    {
        QFETCH(QString, language);
        TranslationLoader::setLanguageSetting(language);
        QCOMPARE(TranslationLoader::install(), language);
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));

        // Every English source that the translation changes: none of them may show.
        QHash<QString, QString> englishToTranslated;
        QSet<QString> translatedTexts;
        for (const TsMessage &message : ts.messages) {
            if (message.numerus || !message.type.isEmpty())
                continue;
            translatedTexts.insert(message.translations.value(0));
            if (message.translations.value(0) != message.source)
                englishToTranslated.insert(message.source, message.translations.value(0));
        }

        AccountStore accounts;
        MainWindow window(&accounts);
        window.show();
        window.openDemo(0);
        const QString title = ts.translation(u"MainWindow"_s, u"%1 \u2014 Callscope"_s)
                                      .arg(ts.translation(u"MainWindow"_s, u"Demo account"_s));
        QVERIFY(title.size() > 12);
        QCOMPARE(window.windowTitle(), title);
        QVERIFY(window.windowTitle() != u"Demo account \u2014 Callscope"_s);

        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(menus.size() >= 4);
        QVERIFY2(repeatedMnemonics(menus).isEmpty(),
                 qPrintable(repeatedMnemonics(menus).join(u", ")));
        QStringList titles;
        for (QAction *menu : menus) {
            titles.append(menu->text());
            QVERIFY2(!englishToTranslated.contains(menu->text()), qPrintable(menu->text()));
            QVERIFY2(translatedTexts.contains(menu->text()), qPrintable(menu->text()));
            const QList<QAction *> items
                    = menu->menu() ? menu->menu()->actions() : QList<QAction *>();
            QVERIFY2(repeatedMnemonics(items).isEmpty(),
                     qPrintable(menu->text() + u": "_s + repeatedMnemonics(items).join(u", ")));
            for (QAction *item : items) {
                if (!item->isSeparator())
                    QVERIFY2(!englishToTranslated.contains(item->text()), qPrintable(item->text()));
            }
        }
        for (const QString &english : {u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Help"_s}) {
            const QString expected = ts.translation(u"MainWindow"_s, english);
            QVERIFY2(!expected.isEmpty() && expected != english, qPrintable(english));
            QVERIFY2(titles.contains(expected), qPrintable(titles.join(u", ")));
        }
        TranslationLoader::setLanguageSetting(QString());
    }

    void qtFollowsTheSameLanguage()
    {
        const QString path = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFile::exists(path + u"/qtbase_de.qm"_s))
            QSKIP("Qt's own translations are not installed (qt6-translations-l10n)");
        TranslationLoader::install(u"de"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
        QCOMPARE(QLocale().language(), QLocale::German);
        TranslationLoader::install(u"es"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancelar"_s);
    }

    void choosesTheLanguage()
    {
        QCOMPARE(TranslationLoader::availableLanguages(), QStringList({u"de"_s, u"en"_s, u"es"_s}));
        QCOMPARE(TranslationLoader::nativeName(u"de"_s), u"Deutsch"_s);
        QCOMPARE(TranslationLoader::nativeName(u"en"_s), u"English"_s);
        QCOMPARE(TranslationLoader::nativeName(u"es"_s), u"Español"_s);

        const QLocale austrian(QLocale::German, QLocale::Austria);
        QCOMPARE(TranslationLoader::localeFor(QString(), austrian), austrian);
        QCOMPARE(TranslationLoader::localeFor(u"es"_s, austrian).language(), QLocale::Spanish);

        // A language without a translation falls back to English, the source language.
        QCOMPARE(TranslationLoader::install(u"fr"_s), u"en"_s);
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&File"_s);

        // The setting is read at each install; "" follows the system again.
        TranslationLoader::setLanguageSetting(u"es"_s);
        QCOMPARE(TranslationLoader::languageSetting(), u"es"_s);
        QCOMPARE(TranslationLoader::install(), u"es"_s);
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        TranslationLoader::setLanguageSetting(QString());
        TranslationLoader::install();
        QCOMPARE(QLocale(), QLocale::system());
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
