#pragma once

#include "models/domain/document.h"
#include "models/import/refiqda/refiproject.h"

namespace bitext {

// A document's metadata from the project: the source's name and description (for
// Bitext's own export: source URL, file and date), the variables of the source and
// of the cases that include it, and the codes applied to the whole source.
class RefiDocumentMetadata
{
public:
    static void fill(Document &document, const RefiProject &project, const QList<const RefiSource *> &sources);

private:
    static void fillFromBitextDescription(Document &document, const QString &description);
};

} // namespace bitext
