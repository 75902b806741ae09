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
    // English, then the catalogue of locale's language when Bitext has one (built in,
    // or a bitext_LANG.qm in one of extraDirs).
    static void installFor(QCoreApplication &app, const QLocale &locale, const QStringList &extraDirs = {});
};

} // namespace bitext
