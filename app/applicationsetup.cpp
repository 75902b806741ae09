#include "app/applicationsetup.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace bitext {

void setupApplication(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Bitext"));
    QCoreApplication::setApplicationName(QStringLiteral("bitext"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BITEXT_VERSION));

    // Our own catalogue (installed, or next to the binary in a build tree) and Qt's.
    const QLocale locale;
    auto *own = new QTranslator(&app);
    const QStringList dirs{QCoreApplication::applicationDirPath(),
                           QCoreApplication::applicationDirPath() + QStringLiteral("/../share/bitext/translations"),
                           QStringLiteral(":/i18n")};
    for (const QString &dir : dirs) {
        if (own->load(locale, QStringLiteral("bitext"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(own);
            break;
        }
    }
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
