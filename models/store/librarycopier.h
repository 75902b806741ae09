#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace bitext {

class Library;

// Copies a whole library into an empty one, across backends (a local file up to a
// team server, a server library down to a file): documents, sections, segments,
// speakers, tags, annotations and their tags, notes, with their ids, in one
// transaction on the destination, then rebuilds its search index.
class LibraryCopier
{
public:
    // Rows copied per table, in copy order.
    using Counts = QList<QPair<QString, int>>;

    // Throws Error (and leaves the destination as it was) when the destination
    // already holds documents, speakers or tags, or a write fails.
    static Counts copy(Library &source, Library &destination);
    // Rows per copied table of a library, to compare source and destination.
    static Counts count(Library &library);
};

} // namespace bitext
