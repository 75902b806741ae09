#include "models/import/quoteplacer.h"

#include "models/annotate/anchor.h"

namespace bitext {

QuotePlacer::QuotePlacer(const QList<Segment> &segments)
    : m_zh(segments, Side::Zh)
    , m_en(segments, Side::En)
{
}

std::optional<Annotation> QuotePlacer::placeOn(
    const SideText &text, const Request &request, qint64 documentId, bool *atPosition) const
{
    Annotation probe;
    probe.documentId = documentId;
    probe.side = text.side();
    probe.quote = request.quote;
    probe.prefix = request.prefix;
    probe.suffix = request.suffix;
    if (request.start >= 0 && request.end > request.start) {
        // The hint as a stored anchor: Anchor::resolve tries it first and keeps it
        // only when it still holds the quote.
        const int from = SideText::utf16Index(text.text(), request.start);
        const int to = SideText::utf16Index(text.text(), request.end);
        if (from >= 0 && to >= 0) {
            if (probe.quote.isEmpty())
                probe.quote = text.text().mid(from, to - from);
            const SideText::Point start = text.point(from);
            const SideText::Point end = text.point(to);
            probe.startSegmentId = text.segmentIdAt(start.row);
            probe.startOffset = start.offset;
            probe.endSegmentId = text.segmentIdAt(end.row);
            probe.endOffset = end.offset;
        }
    }
    const Anchor::Resolution resolution = Anchor::resolve(text, probe, request.hintRow);
    if (resolution.status == Anchor::Status::Orphaned)
        return std::nullopt;
    *atPosition = resolution.status == Anchor::Status::AtPosition;
    return Anchor::reanchored(text, probe, resolution);
}

std::optional<Annotation> QuotePlacer::place(const Request &request, qint64 documentId) const
{
    if (request.quote.isEmpty() && request.start < 0)
        return std::nullopt;
    if (request.side) {
        bool atPosition = false;
        return placeOn(text(*request.side), request, documentId, &atPosition);
    }
    bool zhAtPosition = false;
    bool enAtPosition = false;
    const std::optional<Annotation> zh = placeOn(m_zh, request, documentId, &zhAtPosition);
    const std::optional<Annotation> en = placeOn(m_en, request, documentId, &enAtPosition);
    if (zh && en) {
        // Found on both sides (a name, a number): only an exact position decides.
        if (zhAtPosition != enAtPosition)
            return zhAtPosition ? zh : en;
        return std::nullopt;
    }
    return zh ? zh : en;
}

} // namespace bitext
