#include "models/core/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bitext {

QString jsonText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList stringListFromJson(const QString &text)
{
    QStringList result;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        result << value.toString();
    return result;
}

QJsonObject objectFromJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace bitext
