#include "models/annotate/authorname.h"

#include <QDir>
#include <QSettings>

namespace bitext {

QString defaultAuthorName()
{
    const QString fromEnv = qEnvironmentVariable("BITEXT_AUTHOR").trimmed();
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString setting = QSettings().value(QStringLiteral("annotations/author")).toString().trimmed();
    if (!setting.isEmpty())
        return setting;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(variable).trimmed();
        if (!user.isEmpty())
            return user;
    }
    return QDir::home().dirName();
}

} // namespace bitext
