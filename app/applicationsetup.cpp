#include "app/applicationsetup.h"

#include "models/core/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace bitext {

void setupApplication(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Bitext"));
    QCoreApplication::setApplicationName(QStringLiteral("bitext"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BITEXT_VERSION));

    // Our own catalogues (built in: English plural forms, then the user's language if
    // Bitext has it, also from a folder next to the binary) and Qt's.
    const QLocale locale;
    Translator::installFor(app, locale,
        {QCoreApplication::applicationDirPath(),
            QCoreApplication::applicationDirPath() + QStringLiteral("/../share/bitext/translations")});
    auto *qt = new QTranslator(&app);
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    const QString qtTranslations = QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtTranslations))
        QCoreApplication::installTranslator(qt);
}

} // namespace bitext
