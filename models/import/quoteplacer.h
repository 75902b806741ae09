#pragma once

#include "models/annotate/sidetext.h"
#include "models/domain/annotation.h"

#include <QList>

#include <optional>

namespace bitext {

// Places quotes that arrive from another program (a REFI-QDA selection, a Web
// Annotation target) on a document's segments with the library's own anchoring
// (Anchor): a position that still holds the quote wins, else the quote with its
// context, else nothing -- never a guess. Segment ids may be stand-ins (row + 1)
// for a document not stored yet; the rows are in the annotation's ordinals.
class QuotePlacer
{
public:
    struct Request
    {
        std::optional<Side> side; // unknown: both sides are tried, one must fit
        QString quote;
        QString prefix;
        QString suffix;
        int start = -1; // optional position hint: code points into the side's text
        int end = -1; // (segments joined with '\n'), end exclusive
        int hintRow = -1; // breaks ties between equally good quote matches
    };

    explicit QuotePlacer(const QList<Segment> &segments);

    // An empty quote with a position and a side: whatever the text holds there.
    // The annotation (document id, anchor, quote and fresh context filled; no tags,
    // author or colour) or nothing when the quote cannot be placed unambiguously.
    std::optional<Annotation> place(const Request &request, qint64 documentId) const;

    const SideText &text(Side side) const { return side == Side::Zh ? m_zh : m_en; }

private:
    std::optional<Annotation> placeOn(
        const SideText &text, const Request &request, qint64 documentId, bool *atPosition) const;

    SideText m_zh;
    SideText m_en;
};

} // namespace bitext
