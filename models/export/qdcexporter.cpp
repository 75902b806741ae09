#include "models/export/qdcexporter.h"

#include "models/core/error.h"
#include "models/export/refiqdawriter.h"

#include <QXmlStreamWriter>

namespace bitext {

QByteArray QdcExporter::render(const ExportData &data) const
{
    if (data.tags.isEmpty())
        throw Error(tr("The library has no tags: a REFI-QDA codebook needs at least one code."));
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QStringLiteral("urn:QDA-XML:codebook:1.0"));
    xml.writeStartElement(QStringLiteral("CodeBook"));
    xml.writeAttribute(QStringLiteral("origin"), QStringLiteral("Bitext %1").arg(QCoreApplication::applicationVersion()));
    RefiQdaWriter::writeCodes(xml, data.tags);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace bitext
