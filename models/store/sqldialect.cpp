#include "models/store/sqldialect.h"

namespace bitext {

QStringList SqlDialect::splitStatements(const QString &sql)
{
    QStringList statements;
    const QStringList parts = sql.split(QLatin1Char(';'));
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            statements << part.trimmed();
    }
    return statements;
}

} // namespace bitext
