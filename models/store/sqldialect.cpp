#include "models/store/sqldialect.h"

#include "models/store/database.h"

namespace bitext {

void SqlDialect::execScript(Database &db, const QString &sql) const
{
    // Split at ';': our scripts have none inside literals.
    const QStringList parts = sql.split(QLatin1Char(';'));
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            db.exec(part.trimmed());
    }
}

} // namespace bitext
