#include "models/export/exporter.h"

#include "models/export/atomicfile.h"
#include "models/export/csvexporter.h"
#include "models/export/exportprogress.h"
#include "models/export/htmlexporter.h"
#include "models/export/markdownexporter.h"
#include "models/export/odtexporter.h"
#include "models/export/pdfexporter.h"
#include "models/export/qdcexporter.h"
#include "models/export/qdpxexporter.h"
#include "models/export/webannotationexporter.h"

namespace bitext {

namespace {

// Renders with the progress told; a cancel during rendering, or right after it,
// throws before anything is written.
QByteArray renderReported(const Exporter &exporter, const ExportData &data, ExportProgress *progress)
{
    if (progress)
        progress->begin(ExportProgress::Phase::Rendering, int(data.quotes.size()));
    QByteArray bytes = exporter.render(data);
    if (progress)
        progress->begin(ExportProgress::Phase::Writing, 1);
    return bytes;
}

} // namespace

void Exporter::write(const ExportData &data, QIODevice &device) const
{
    writeAll(device, renderReported(*this, data, m_progress));
    if (m_progress)
        m_progress->finish();
}

void Exporter::write(const ExportData &data, const QString &path) const
{
    // Rendered first: data that cannot be expressed leaves not even a temporary file.
    writeFileAtomically(path, renderReported(*this, data, m_progress));
    if (m_progress)
        m_progress->finish();
}

void Exporter::quoteRendered() const
{
    ExportProgress::step(m_progress);
}

std::unique_ptr<Exporter> Exporter::create(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return std::make_unique<MarkdownExporter>();
    case ExportFormat::Html:
        return std::make_unique<HtmlExporter>();
    case ExportFormat::Csv:
        return std::make_unique<CsvExporter>();
    case ExportFormat::Pdf:
        return std::make_unique<PdfExporter>();
    case ExportFormat::Odt:
        return std::make_unique<OdtExporter>();
    case ExportFormat::WebAnnotation:
        return std::make_unique<WebAnnotationExporter>();
    case ExportFormat::RefiCodebook:
        return std::make_unique<QdcExporter>();
    case ExportFormat::RefiProject:
        return std::make_unique<QdpxExporter>();
    }
    return nullptr;
}

} // namespace bitext
