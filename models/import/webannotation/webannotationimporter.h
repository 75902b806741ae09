#pragma once

#include "models/domain/document.h"
#include "models/import/projectimportresult.h"
#include "models/import/webannotation/webannotationitem.h"

#include <QCoreApplication>

namespace bitext {

class Library;

// Imports Web Annotation (or Hypothesis) annotations onto documents already in the
// library, in one transaction. Each is matched to a document (Bitext's side id,
// else the source's title, else its URL) and placed by its TextQuoteSelector with
// prefix and suffix, the TextPositionSelector as a hint; what cannot be placed
// unambiguously is listed in the result, never guessed. Tagging bodies become
// tags (created by path), commenting bodies the note. Throws Error for a broken file.
class WebAnnotationImporter
{
    Q_DECLARE_TR_FUNCTIONS(WebAnnotationImporter)

public:
    explicit WebAnnotationImporter(Library &library)
        : m_library(library)
    {
    }

    ProjectImportResult importFile(const QString &path);

private:
    // Documents the annotation may belong to, with the side its source names.
    QList<QPair<Document, std::optional<Side>>> candidates(
        const WebAnnotationItem &item, const QList<Document> &documents) const;
    static QString describe(const WebAnnotationItem &item);

    Library &m_library;
};

} // namespace bitext
