#pragma once

#include "models/domain/annotation.h"
#include "models/domain/parseddocument.h"
#include "models/import/importmonitor.h"
#include "models/import/importresult.h"

#include <QCoreApplication>
#include <QList>

#include <atomic>
#include <functional>

namespace bitext {

class ImportFileSource;
class Library;

// Imports transcript files into a library: read, hash (SHA-256), decode, detect
// the form, parse, and store in one transaction; skips identical re-imports,
// reports changed versions and, with replace, updates them keeping annotations
// (re-anchored, or orphaned when they cannot be placed).
//
// Threads: the service uses the Library it is given, whose database connection
// belongs to the thread that opened it. To import in a worker thread, open a
// Library there (Library::open(location)), construct the service with it, and
// pass onProgress/cancel in ImportOptions; the callback runs in the worker thread
// (queue it to the GUI, e.g. QMetaObject::invokeMethod(..., Qt::QueuedConnection)).
// The GUI's own Library then needs a refresh after the worker finished, because
// the worker's Library emits the change signals, not the GUI's.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    struct Options
    {
        QString format; // a formatNames() name; empty: detect
        bool replace = false; // update a changed version of a document in the library
        std::function<void(const ImportProgress &)> onProgress;
        const std::atomic_bool *cancel = nullptr; // set from any thread: nothing is stored
    };

    explicit ImportService(Library &library);

    // Transcript formats (DocumentParser) and exchange formats (ProjectImporter):
    // everything importFile takes.
    static QStringList formatNames();

    ImportResult importFile(const QString &path, const Options &options);
    // Each file on its own: one failing does not stop the others. Several files are
    // read and parsed in a second thread ahead of the one storing (ImportPipeline);
    // results and progress are those of importFile called for each in turn.
    QList<ImportResult> importFiles(const QStringList &paths, const Options &options);

    // For a worker thread: opens its own connection to the library file, imports and
    // closes it, e.g. QtConcurrent::run([=] { return ImportService::importWithOwnLibrary(path, files, options); }).
    // A library that cannot be opened makes every file fail with that message.
    static QList<ImportResult> importWithOwnLibrary(
        const QString &libraryPath, const QStringList &paths, const Options &options);

    // Decodes and parses without a library (previews, fuzzing). format empty:
    // detect. The detected encoding is in document.encoding. Throws Error.
    static ParsedDocument parseBytes(
        const QByteArray &bytes, const QString &fileName, const QString &format, ImportMonitor *monitor = nullptr);

    // Glossed speaker names ("阿曼達·阿斯凱爾（Amanda Askell）") found or created as one
    // speaker with the Latin name as alias; call inside the storing transaction.
    void resolveSpeakers(ParsedDocument &parsed);

private:
    ImportResult importFrom(const QString &path, const Options &options, ImportFileSource &source);
    ImportResult importProject(const QString &path, const QString &format);
    void reanchorAnnotations(qint64 documentId, const QList<Annotation> &annotations, ImportResult &result);
    ImportResult store(ParsedDocument parsed, const Options &options, ImportMonitor &monitor, ImportResult result);

    Library &m_library;
};

} // namespace bitext
