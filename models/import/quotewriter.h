#pragma once

#include "models/domain/annotation.h"

#include <QString>

namespace bitext {

class Library;

// Stores imported quotes on one document, one highlight per passage as everywhere
// in Bitext: a quote on a passage that already has one (in the library, or earlier
// in the same import) adds its tags and note to that highlight instead of making a
// twin. Quotes without a place (orphans) are always stored on their own. Runs
// inside the caller's transaction.
class QuoteWriter
{
public:
    QuoteWriter(Library &library, qint64 documentId);

    // Stores (or merges) `annotation` (document id, anchor, quote, tags, author set;
    // an invalid colour becomes the first tag's) with its Markdown note. Returns
    // true when a new highlight was made.
    bool add(Annotation annotation, const QString &note);

private:
    void merge(qint64 id, const Annotation &annotation, const QString &note);

    Library &m_library;
    qint64 m_documentId;
};

} // namespace bitext
