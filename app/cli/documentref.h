#pragma once

#include "models/domain/document.h"

#include <QString>

namespace bitext {
class Library;
}

namespace bitext::cli {

// Resolves a DOC argument, the one rule for every command that takes one:
// - "#N" is the document with id N, always;
// - otherwise DOC may be an id, a title or a source file name (exact, case-insensitive,
//   file names with or without extension), else a unique case-insensitive part of a
//   title or file name (a number only as a whole word: "3" is no part of "CS153").
// When DOC names different documents this way ("003": document 3, and the document
// imported from 003_e2e2177cc1a7e815.txt), or matches nothing, it throws Error
// listing the candidates; the command exits 1.
Document resolveDocument(Library &library, const QString &reference);

// Resolves a TAG argument: its path ("Parent/Child") or its id; throws Error naming it
// when there is no such tag.
qint64 resolveTag(Library &library, const QString &reference);

} // namespace bitext::cli
