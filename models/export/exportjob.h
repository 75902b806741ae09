#pragma once

#include "models/export/exportdata.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextDocument;
class QThread;

namespace bitext {

class ExportProgress;

// An export run away from the GUI thread: each call opens its own connection to the
// library file (QSqlDatabase connections belong to the thread that opened them), so
// the export dialog stays responsive while a large library is collected, rendered,
// laid out and written. Errors come back in the result, never as exceptions across
// threads.
class ExportJob
{
    Q_DECLARE_TR_FUNCTIONS(ExportJob)

public:
    // What a preview shows.
    struct Preview
    {
        ExportData data;
        QString text; // the file's text (Markdown, CSV, JSON-LD, codebook)
        // The page or the printed layout (HTML, PDF, ODT), moved to the thread that
        // shows it. It loads no resource (no file, no URL) it names.
        std::shared_ptr<QTextDocument> document;
        QString error;
    };
    // Collects what the request asks for and presents it as below.
    static Preview preview(
        const QString &libraryPath, const ExportRequest &request, ExportFormat format, QThread *documentThread);
    // Renders the text of a text format, or lays out the HTML page or the PDF/ODT
    // document in a QTextDocument that then belongs to documentThread.
    static Preview present(const ExportData &data, ExportFormat format, QThread *documentThread);

    struct Written
    {
        QString path;
        int quotes = 0;
        int documents = 0;
        QString error; // empty on success; then the file is complete
        bool canceled = false; // progress->cancel() stopped it: the file is as it was
    };
    // Collects and writes the file atomically; refuses an export without quotes.
    // `progress` (may be null) follows it and can cancel it from another thread.
    static Written write(const QString &libraryPath, const ExportRequest &request, ExportFormat format,
        const QString &path, ExportProgress *progress = nullptr);
};

} // namespace bitext
