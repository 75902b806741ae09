#include "models/export/refiqdawriter.h"

#include "models/export/exporttext.h"

#include <QSet>
#include <QXmlStreamWriter>

namespace bitext {

QString RefiQdaWriter::guid(const QString &kind, qint64 id)
{
    return guid(kind, QString::number(id));
}

QString RefiQdaWriter::guid(const QString &kind, const QString &id)
{
    return exporttext::uuidText(exporttext::stableUuid(kind, id));
}

void RefiQdaWriter::attribute(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    xml.writeAttribute(name, exporttext::xmlSafe(value));
}

void RefiQdaWriter::textElement(QXmlStreamWriter &xml, const QString &name, const QString &text)
{
    xml.writeTextElement(name, exporttext::xmlSafe(text));
}

QHash<qint64, QString> RefiQdaWriter::codeNames(const QList<Tag> &tags)
{
    QHash<QString, int> count;
    for (const Tag &tag : tags)
        ++count[tag.name];
    QHash<qint64, QString> names;
    QSet<QString> taken;
    // Names that occur once, and top-level codes (paths are unique, so only one of a
    // name), keep their name; the repeated ones below a parent are qualified.
    const auto kept = [&](const Tag &tag) { return count.value(tag.name) == 1 || tag.parentId == 0; };
    for (const Tag &tag : tags) {
        if (kept(tag)) {
            names.insert(tag.id, tag.name);
            taken.insert(tag.name);
        }
    }
    for (const Tag &tag : tags) {
        if (kept(tag))
            continue;
        QString name = QStringLiteral("%1 (%2)").arg(tag.name, tag.path.section(QLatin1Char('/'), 0, -2));
        // A name that still collides (a tag literally called "Safety (Risk)") gets a number.
        for (int n = 2; taken.contains(name); ++n)
            name = QStringLiteral("%1 (%2)").arg(tag.name).arg(n);
        names.insert(tag.id, name);
        taken.insert(name);
    }
    return names;
}

void RefiQdaWriter::writeCodes(QXmlStreamWriter &xml, const QList<Tag> &tags)
{
    const QHash<qint64, QString> names = codeNames(tags);
    xml.writeStartElement(QStringLiteral("Codes"));
    for (const Tag &tag : tags) {
        if (tag.parentId == 0)
            writeCode(xml, tags, names, tag);
    }
    xml.writeEndElement();
}

void RefiQdaWriter::writeCode(
    QXmlStreamWriter &xml, const QList<Tag> &tags, const QHash<qint64, QString> &names, const Tag &tag)
{
    xml.writeStartElement(QStringLiteral("Code"));
    xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("tag"), tag.id));
    attribute(xml, QStringLiteral("name"), names.value(tag.id, tag.name));
    xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
    if (tag.color.isValid())
        xml.writeAttribute(QStringLiteral("color"), tag.color.name(QColor::HexRgb).toUpper());
    if (!tag.description.isEmpty())
        textElement(xml, QStringLiteral("Description"), tag.description);
    for (const Tag &child : tags) {
        if (child.parentId == tag.id)
            writeCode(xml, tags, names, child);
    }
    xml.writeEndElement();
}

} // namespace bitext
