#include "models/export/pdfexporter.h"

#include "models/core/error.h"
#include "models/export/pdftounicode.h"
#include "models/export/textdocumentbuilder.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace bitext {

QByteArray PdfExporter::render(const ExportData &data) const
{
    const QStringList families = TextDocumentBuilder::latinFirstFamilies();
    TextDocumentBuilder builder(families);
    builder.setProgress(progress());
    const auto document = builder.build(data);
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(document->metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(QStringLiteral("Bitext %1").arg(QCoreApplication::applicationVersion()));
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        writer.setResolution(300);
        document->print(&writer);
    }
    if (bytes.isEmpty())
        throw Error(tr("The PDF writer produced no output."));
    return PdfToUnicode::repair(bytes, PdfToUnicode::radicalEquivalents(families));
}

} // namespace bitext
