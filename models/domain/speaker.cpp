#include "models/domain/speaker.h"

#include <QCoreApplication>

namespace bitext {

QString Speaker::nameWithAliases() const
{
    if (aliases.isEmpty())
        return name;
    return QCoreApplication::translate("Speaker", "%1 (also: %2)").arg(name, aliases.join(QStringLiteral(", ")));
}

} // namespace bitext
