#include "models/export/odtexporter.h"

#include "models/core/error.h"
#include "models/export/odtstyles.h"
#include "models/export/textdocumentbuilder.h"

#include <QBuffer>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace bitext {

QByteArray OdtExporter::render(const ExportData &data) const
{
    TextDocumentBuilder builder(TextDocumentBuilder::cjkFirstFamilies());
    builder.setProgress(progress());
    const auto document = builder.build(data);
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
        if (!writer.write(document.get()))
            throw Error(tr("The ODF writer could not write the document."));
    }
    return OdtStyles::completePackage(bytes);
}

} // namespace bitext
