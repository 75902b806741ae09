#include "models/export/exportjob.h"

#include "models/core/error.h"
#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "models/export/exportprogress.h"
#include "models/export/textdocumentbuilder.h"
#include "models/store/library.h"
#include "models/text/offlinedocument.h"

#include <QTextDocument>
#include <QThread>
#include <QUrl>

namespace bitext {

ExportJob::Preview ExportJob::present(const ExportData &data, ExportFormat format, QThread *documentThread)
{
    Preview result;
    result.data = data;
    try {
        if (format == ExportFormat::Html) {
            result.document = std::make_shared<OfflineDocument>();
            result.document->setHtml(QString::fromUtf8(Exporter::create(format)->render(data)));
        } else if (exportFormatIsText(format)) {
            result.text = QString::fromUtf8(Exporter::create(format)->render(data));
        } else if (exportFormatNeedsGui(format)) {
            const QStringList families = format == ExportFormat::Odt ? TextDocumentBuilder::cjkFirstFamilies()
                                                                     : TextDocumentBuilder::latinFirstFamilies();
            result.document = TextDocumentBuilder(families).build(data);
        }
    } catch (const Error &error) {
        result.document.reset();
        result.error = error.message();
    }
    if (result.document && documentThread)
        result.document->moveToThread(documentThread);
    return result;
}

ExportJob::Preview ExportJob::preview(
    const QString &libraryPath, const ExportRequest &request, ExportFormat format, QThread *documentThread)
{
    try {
        const std::unique_ptr<Library> library = Library::open(libraryPath);
        const ExportData data = ExportCollector(*library).collect(request);
        if (data.quotes.isEmpty()) {
            Preview empty;
            empty.data = data;
            return empty;
        }
        return present(data, format, documentThread);
    } catch (const Error &error) {
        Preview failed;
        failed.error = error.message();
        return failed;
    }
}

ExportJob::Written ExportJob::write(const QString &libraryPath, const ExportRequest &request, ExportFormat format,
    const QString &path, ExportProgress *progress)
{
    Written result;
    result.path = path;
    try {
        if (progress)
            progress->checkCanceled();
        const std::unique_ptr<Library> library = Library::open(libraryPath);
        const ExportData data = ExportCollector(*library).collect(request, progress);
        if (data.quotes.isEmpty())
            throw Error(tr("There are no quotes to export."));
        const std::unique_ptr<Exporter> exporter = Exporter::create(format);
        exporter->setProgress(progress);
        exporter->write(data, path);
        result.quotes = int(data.quotes.size());
        result.documents = int(data.documents.size());
    } catch (const ExportCanceled &canceled) {
        result.canceled = true;
        result.error = canceled.message();
    } catch (const Error &error) {
        result.error = error.message();
    }
    return result;
}

} // namespace bitext
