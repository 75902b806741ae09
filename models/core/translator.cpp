#include "models/core/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>

#include <algorithm>
#include <utility>

// Resources of a static library are registered explicitly; outside any namespace.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(bitext_translations);
}

namespace bitext {

namespace {

const char *const kBuiltIn = ":/i18n";

// What setLanguage() installed last, to replace it on the next call.
struct Installed
{
    static Installed &instance()
    {
        static Installed installed;
        return installed;
    }
    bool english = false;
    QPointer<QTranslator> own;
    QPointer<QTranslator> qt;
    QString current = QStringLiteral("en");
};

QString qtTranslationsPath()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    return QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
}

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
    // Once: it stays under every other language (setLanguage calls this too).
    if (std::exchange(Installed::instance().english, true))
        return;
    initTranslationResources();
    auto *english = new Translator(&app);
    if (english->load(QStringLiteral("bitext_en"), QLatin1String(kBuiltIn)))
        QCoreApplication::installTranslator(english);
    else
        delete english;
}

QString Translator::languageFor(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("en");
    if (locale.script() == QLocale::TraditionalChineseScript)
        return QStringLiteral("zh_TW");
    if (locale.script() == QLocale::SimplifiedChineseScript)
        return QStringLiteral("zh_CN");
#if QT_VERSION >= QT_VERSION_CHECK(6, 2, 0)
    const QLocale::Territory territory = locale.territory();
#else
    const QLocale::Country territory = locale.country();
#endif
    const bool traditional
        = territory == QLocale::Taiwan || territory == QLocale::HongKong || territory == QLocale::Macau;
    return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
}

QString Translator::setLanguage(QCoreApplication &app, const QString &language, const QStringList &extraDirs)
{
    installEnglish(app);
    Installed &installed = Installed::instance();
    // Removed first: removing sends LanguageChange too, so a widget may retranslate more
    // than once, but never ends up showing two languages.
    for (QPointer<QTranslator> *old : {&installed.own, &installed.qt}) {
        if (*old) {
            QCoreApplication::removeTranslator(*old);
            delete old->data();
        }
    }
    installed.current = QStringLiteral("en");
    const QString wanted = language.isEmpty() ? languageFor(QLocale::system()) : language;
    if (wanted == installed.current)
        return installed.current;

    auto *catalogue = new Translator(&app);
    const QStringList dirs = QStringList {QLatin1String(kBuiltIn)} + extraDirs;
    if (!std::any_of(dirs.cbegin(), dirs.cend(),
            [&](const QString &dir) { return catalogue->load(QStringLiteral("bitext_") + wanted, dir); })) {
        delete catalogue;
        return installed.current;
    }
    // Recorded first: installing sends LanguageChange, whose handlers may ask for it.
    installed.current = wanted;
    installed.own = catalogue;
    QCoreApplication::installTranslator(catalogue);

    // Qt's own strings (standard buttons, file dialogs), from Debian's qt*-translations-l10n.
    auto *qtbase = new QTranslator(&app);
    if (qtbase->load(QStringLiteral("qtbase_") + wanted, qtTranslationsPath())) {
        QCoreApplication::installTranslator(qtbase);
        installed.qt = qtbase;
    } else {
        delete qtbase;
    }
    return installed.current;
}

QString Translator::currentLanguage()
{
    return Installed::instance().current;
}

} // namespace bitext
