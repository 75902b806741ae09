#pragma once

#include <QLocale>
#include <QTranslator>

class QCoreApplication;

namespace bitext {

// Bitext's catalogues, built into the binary (:/i18n/bitext_LANG.qm, see translations/).
// English is one of them: it holds only the plural forms of the %n strings
// (tr("%n quote(s)", nullptr, n) -> "1 quote", "2 quotes"), and is installed first so
// any other language falls back to it.
//
// lupdate does not understand `namespace bitext::ui {` and files a Q_OBJECT class's
// strings under its bare name, while QObject::tr asks for "bitext::ui::ClassName":
// this translator tries the qualified context first, then the bare class name.
class Translator : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(
        const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const override;

    // The English plural forms: what the tests see, and the base of every language.
    static void installEnglish(QCoreApplication &app);
    // The interface language Bitext has for a locale: "zh_CN" for Simplified Chinese
    // (China, Singapore, the Hans script), "zh_TW" for Traditional (Taiwan, Hong Kong,
    // Macao, the Hant script), otherwise "en".
    static QString languageFor(const QLocale &locale);
    // Shows the interface in `language` ("en", "zh_CN", "zh_TW"; empty: the system
    // locale's, see languageFor): installs English, then Bitext's catalogue of that
    // language (built in, or a bitext_LANG.qm in one of extraDirs) and Qt's own (qtbase:
    // standard buttons, dialogs), replacing the ones a previous call installed. Installing
    // sends LanguageChange to the application and every widget, so a running window
    // follows without a restart. Returns the language now shown.
    static QString setLanguage(QCoreApplication &app, const QString &language, const QStringList &extraDirs = {});
    // The language the last setLanguage() showed ("en" before any).
    static QString currentLanguage();
};

} // namespace bitext
