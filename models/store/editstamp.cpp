#include "models/store/editstamp.h"

#include <QCoreApplication>
#include <QStringList>

namespace bitext {

QString EditStamp::storedTime(const QDateTime &when)
{
    return (when.isValid() ? when : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

QDateTime EditStamp::readTime(const QString &stored)
{
    return QDateTime::fromString(stored, Qt::ISODateWithMs);
}

QString EditStamp::shortTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    if (local.date() == QDate::currentDate())
        return local.toString(QStringLiteral("HH:mm"));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString EditStamp::byline(
    const QString &author, const QDateTime &created, const QString &modifiedBy, const QDateTime &modified)
{
    QString text = author.isEmpty()
        ? QString()
        : QCoreApplication::translate("EditStamp", "Highlighted by %1, %2").arg(author, shortTime(created));
    if (!modifiedBy.isEmpty() && (modifiedBy != author || modified > created.addSecs(60))) {
        const QString changed
            = QCoreApplication::translate("EditStamp", "changed by %1, %2").arg(modifiedBy, shortTime(modified));
        text = text.isEmpty() ? changed : text + QStringLiteral("; ") + changed;
    }
    return text;
}

QString EditStamp::who(const QString &name)
{
    return name.isEmpty() ? QCoreApplication::translate("EditStamp", "Someone else") : name;
}

QString EditConflict::who() const
{
    return EditStamp::who(otherAuthor);
}

QString EditConflict::keptBlock(const EditConflict &conflict, const QString &text)
{
    const QString heading
        = QCoreApplication::translate("EditConflict", "%1's version (%2), replaced by %3:")
              .arg(conflict.who(), conflict.otherModified.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                  conflict.winner);
    QStringList lines {QStringLiteral("> **") + heading + QStringLiteral("**")};
    const QStringList body = text.split(QLatin1Char('\n'));
    for (const QString &line : body)
        lines << (line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line);
    return lines.join(QLatin1Char('\n'));
}

QString EditConflict::noteMessage() const
{
    return QCoreApplication::translate(
        "EditConflict", "%1 changed this note at the same time; their text is kept below yours.")
        .arg(who());
}

QString EditConflict::annotationMessage() const
{
    return QCoreApplication::translate(
        "EditConflict", "%1 changed this highlight at the same time; their version is kept in its note.")
        .arg(who());
}

} // namespace bitext
