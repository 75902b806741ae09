#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace bitext {

// Lists and objects are stored as compact JSON text columns (portable between
// SQLite and PostgreSQL, and readable with the sqlite3 shell).
QString jsonText(const QStringList &list);
QString jsonText(const QJsonObject &object);
QStringList stringListFromJson(const QString &text);
QJsonObject objectFromJson(const QString &text);

} // namespace bitext
