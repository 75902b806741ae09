#pragma once

#include <QString>

namespace bitext {

class Library;

// A document's media file: attached, detached, found (or missing) on disk.
class MediaRepository
{
public:
    explicit MediaRepository(Library &library);

    // Stores (or with an empty path clears) a document's media file, one transaction,
    // records Change(Document, Updated); throws Error naming the file when it does not
    // exist.
    void attach(qint64 documentId, const QString &file);
    void detach(qint64 documentId);
    // The media file's absolute path; empty for none.
    QString absolutePath(qint64 documentId);
    // Attached, but the file is not there (moved or deleted).
    bool isMissing(qint64 documentId);

    // For undo (ui/commands/AttachMediaCommand): the path as stored, and putting it back as
    // it was, even when that file has gone since.
    QString storedPath(qint64 documentId);
    void restore(qint64 documentId, const QString &storedPath);

private:
    void store(qint64 documentId, const QString &stored);

    Library &m_library;
};

} // namespace bitext
