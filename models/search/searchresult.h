#pragma once

#include "models/domain/segment.h"

#include <QList>
#include <QString>

#include <optional>

namespace bitext {

// A stretch of text, in UTF-16 units (QString positions) of the text it refers to.
struct TextRange
{
    int start = 0;
    int length = 0;
    bool operator==(const TextRange &other) const { return start == other.start && length == other.length; }
};

// Where a search hit was found.
enum class SearchSource { Segment, Annotation, Note, Title };

// Narrows a library search. Zero / empty means "any".
struct SearchFilter
{
    qint64 documentId = 0;
    qint64 speakerId = 0; // the speaker now assigned to the segment (after merges)
    qint64 tagId = 0;     // this tag or one below it, on an annotation covering the hit
    std::optional<Side> side;
    int limit = 200;
};

// One hit of a library search: enough to list it and to open the reader at it.
struct SearchResult
{
    SearchSource source = SearchSource::Segment;
    qint64 documentId = 0;
    QString documentTitle;
    qint64 segmentId = 0;    // the segment, or the annotation's first segment; 0 for none
    int segmentOrdinal = -1; // 0-based position of that segment, -1 for none
    qint64 annotationId = 0;
    qint64 noteId = 0;
    std::optional<Side> side; // set for segments and annotation quotes
    QString speaker;
    QString text;            // the whole original text that matched
    QList<TextRange> hits;   // in `text`, unnormalised positions
    QString snippet;         // a window of `text` around the first hit
    QList<TextRange> snippetHits;
};

QString searchSourceName(SearchSource source);

} // namespace bitext
