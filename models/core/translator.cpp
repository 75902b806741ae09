#include "models/core/translator.h"

#include <QCoreApplication>

// Resources of a static library are registered explicitly; outside any namespace.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(bitext_translations);
}

namespace bitext {

namespace {

const char *const kBuiltIn = ":/i18n";

} // namespace

QString Translator::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    QString text = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!text.isNull() || !context)
        return text;
    const char *bare = context;
    for (const char *c = context; *c; ++c) {
        if (c[0] == ':' && c[1] == ':')
            bare = c + 2;
    }
    return bare == context ? text : QTranslator::translate(bare, sourceText, disambiguation, n);
}

void Translator::installEnglish(QCoreApplication &app)
{
    initTranslationResources();
    auto *english = new Translator(&app);
    if (english->load(QStringLiteral("bitext_en"), QLatin1String(kBuiltIn)))
        QCoreApplication::installTranslator(english);
    else
        delete english;
}

void Translator::installFor(QCoreApplication &app, const QLocale &locale, const QStringList &extraDirs)
{
    installEnglish(app);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    // Installed later, so asked first; what it lacks falls back to English.
    auto *own = new Translator(&app);
    const QStringList dirs = QStringList {QLatin1String(kBuiltIn)} + extraDirs;
    for (const QString &dir : dirs) {
        if (own->load(locale, QStringLiteral("bitext"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(own);
            return;
        }
    }
    delete own;
}

} // namespace bitext
