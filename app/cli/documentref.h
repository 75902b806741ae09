#pragma once

#include "models/domain/document.h"

#include <QString>

namespace bitext {
class Library;
}

namespace bitext::cli {

// Resolves a DOC argument: a document id, or else a title (exact, or a unique
// case-insensitive part of one). Throws Error naming the candidates when ambiguous.
Document resolveDocument(Library &library, const QString &reference);

} // namespace bitext::cli
