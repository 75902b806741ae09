#pragma once

#include "models/domain/document.h"
#include "models/domain/section.h"
#include "models/domain/segment.h"

#include <QList>

namespace bitext {

// What an importer produces and the library stores in one transaction. Segments
// name their speaker (Segment::speaker); the store resolves names to speakers.
struct ParsedDocument
{
    Document document;
    QList<Section> sections;
    QList<Segment> segments;
    // The title was made from the text (ContentTitle), not given by the source: it
    // does not identify the document, so it never makes a file a "changed version".
    bool titleFromContent = false;
    // Optional: SearchTokenizer::indexText of each segment's zh and en (two per
    // segment, in order), folded ahead by an import's reading thread so the storing
    // one need not. Empty: the store folds them itself.
    QList<QString> indexText;
};

} // namespace bitext
