#include "app/applicationsetup.h"

#include "models/core/translator.h"

#include <QCoreApplication>
#include <QSettings>

namespace bitext {

void setupApplication(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Bitext"));
    QCoreApplication::setApplicationName(QStringLiteral("bitext"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BITEXT_VERSION));

    // The interface language chosen in Preferences (empty: the system's), with Bitext's
    // catalogues built in or from a folder next to the binary, and Qt's own.
    Translator::setLanguage(app, QSettings().value(QStringLiteral("interface/language")).toString(),
        {QCoreApplication::applicationDirPath(),
            QCoreApplication::applicationDirPath() + QStringLiteral("/../share/bitext/translations")});
}

} // namespace bitext
