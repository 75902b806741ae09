#pragma once

#include "models/analysis/codingtarget.h"
#include "models/domain/annotation.h"

#include <QList>

namespace bitext {

class Library;
struct SearchResult;

// What auto-coding a list of passages with one tag comes to: the highlights to make, the
// highlights already on exactly such a passage that only need the tag (one passage has
// one highlight, as when highlighting by hand), and what was left alone.
struct AutoCodePlan
{
    QList<Annotation> create; // new, id 0, tagged, coloured, with author and quote context
    QList<Annotation> retag; // existing highlights as read; their tagIds still without the tag
    int alreadyCoded = 0; // targets inside a highlight that has the tag
    int repeated = 0; // targets inside a passage earlier in the list
    int invalid = 0; // targets outside their document's text (e.g. the text changed since)

    int coded() const { return int(create.size() + retag.size()); }
};

// Turns concordance lines or search hits into highlights with one tag: the quote, prefix
// and suffix made by Anchor as for a highlight made in the reader, the author from the
// preferences, the colour the tag's. A target is skipped when a highlight carrying the tag
// (same document and side) already covers its whole range, or when it lies inside a
// target earlier in the list.
class AutoCoder
{
public:
    explicit AutoCoder(Library &library);

    // Throws Error when the tag does not exist or the library cannot be read.
    AutoCodePlan plan(const QList<CodingTarget> &targets, qint64 tagId) const;
    // The passages of library search results: each result in a segment's side gives its
    // first hit (UTF-16 positions in the segment's text, turned into code points); titles,
    // quotes and notes are no passage of the text and are left out.
    static QList<CodingTarget> targetsOf(const QList<SearchResult> &results);

private:
    Library &m_library;
};

} // namespace bitext
