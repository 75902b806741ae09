#include "models/export/refiqdawriter.h"

#include "models/export/exporttext.h"

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

void RefiQdaWriter::writeCodes(QXmlStreamWriter &xml, const QList<Tag> &tags)
{
    xml.writeStartElement(QStringLiteral("Codes"));
    for (const Tag &tag : tags) {
        if (tag.parentId == 0)
            writeCode(xml, tags, tag);
    }
    xml.writeEndElement();
}

void RefiQdaWriter::writeCode(QXmlStreamWriter &xml, const QList<Tag> &tags, const Tag &tag)
{
    xml.writeStartElement(QStringLiteral("Code"));
    xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("tag"), tag.id));
    attribute(xml, QStringLiteral("name"), tag.name);
    xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
    if (tag.color.isValid())
        xml.writeAttribute(QStringLiteral("color"), tag.color.name(QColor::HexRgb).toUpper());
    if (!tag.description.isEmpty())
        textElement(xml, QStringLiteral("Description"), tag.description);
    for (const Tag &child : tags) {
        if (child.parentId == tag.id)
            writeCode(xml, tags, child);
    }
    xml.writeEndElement();
}

} // namespace bitext
