#include "app/applicationsetup.h"

#include "models/core/preferences.h"
#include "models/core/translator.h"

#include <QCoreApplication>

namespace bitext {

void setupApplication(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Bitext"));
    QCoreApplication::setApplicationName(QStringLiteral("bitext"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BITEXT_VERSION));

    // The interface language chosen in Preferences (empty: the system's), with Bitext's
    // catalogues built in or from a folder next to the binary, and Qt's own.
    Translator::setLanguage(app, Preferences::language(),
        {QCoreApplication::applicationDirPath(),
            QCoreApplication::applicationDirPath() + QStringLiteral("/../share/bitext/translations")});
}

} // namespace bitext
