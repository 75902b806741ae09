#include "models/analysis/autocoder.h"

#include "models/annotate/anchor.h"
#include "models/core/error.h"
#include "models/core/preferences.h"
#include "models/search/searchresult.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <optional>
#include <tuple>

namespace bitext {

namespace {

// A place in one side of a document, ordered in reading order.
using Place = std::tuple<int, int>; // row, code-point offset

struct Extent
{
    Side side = Side::Zh;
    Place start;
    Place end;

    bool covers(const Extent &other) const { return side == other.side && start <= other.start && other.end <= end; }
};

// One document's text and highlights, read once for all its targets.
struct DocumentState
{
    QList<Segment> segments;
    std::optional<SideText> texts[2];
    QList<Annotation> annotations;
    QList<Extent> tagged; // stored highlights with the tag
    QList<Extent> planned; // the targets of this run coded so far

    const SideText &text(Side side)
    {
        std::optional<SideText> &t = texts[side == Side::Zh ? 0 : 1];
        if (!t)
            t.emplace(segments, side);
        return *t;
    }
    std::optional<Extent> extentOf(const Annotation &a)
    {
        const SideText &t = text(a.side);
        const int first = t.rowOfSegment(a.startSegmentId);
        const int last = t.rowOfSegment(a.endSegmentId);
        if (a.orphaned || first < 0 || last < 0)
            return std::nullopt;
        return Extent {a.side, {first, a.startOffset}, {last, a.endOffset}};
    }
};

} // namespace

AutoCoder::AutoCoder(Library &library)
    : m_library(library)
{
}

AutoCodePlan AutoCoder::plan(const QList<CodingTarget> &targets, qint64 tagId) const
{
    const std::optional<Tag> tag = m_library.tags().find(tagId);
    if (!tag)
        throw Error(QCoreApplication::translate("AutoCoder", "The tag to code with no longer exists."));
    const QString author = Preferences::authorName();

    AutoCodePlan plan;
    QHash<qint64, DocumentState> documents;
    for (const CodingTarget &target : targets) {
        auto it = documents.find(target.documentId);
        if (it == documents.end()) {
            DocumentState state;
            state.segments = m_library.documents().segments(target.documentId);
            state.annotations = m_library.annotations().list(target.documentId);
            it = documents.insert(target.documentId, state);
            for (const Annotation &a : std::as_const(it->annotations)) {
                if (a.tagIds.contains(tagId)) {
                    if (const auto extent = it->extentOf(a))
                        it->tagged << *extent;
                }
            }
        }
        DocumentState &state = *it;
        const SideText &text = state.text(target.side);
        const int row = text.rowOfSegment(target.segmentId);
        if (row < 0 || target.length <= 0) {
            ++plan.invalid;
            continue;
        }
        Annotation annotation;
        try {
            annotation
                = Anchor::create(text, target.documentId, {row, target.start}, {row, target.start + target.length});
        } catch (const Error &) {
            ++plan.invalid;
            continue;
        }
        const Extent extent {target.side, {row, target.start}, {row, target.start + target.length}};
        const auto covers = [&](const Extent &e) { return e.covers(extent); };
        if (std::any_of(state.tagged.cbegin(), state.tagged.cend(), covers)) {
            ++plan.alreadyCoded;
            continue;
        }
        if (std::any_of(state.planned.cbegin(), state.planned.cend(), covers)) {
            ++plan.repeated;
            continue;
        }
        state.planned << extent;
        // The passage is highlighted already without the tag: that highlight gets it.
        const auto same = std::find_if(state.annotations.cbegin(), state.annotations.cend(), [&](const Annotation &a) {
            const auto e = state.extentOf(a);
            return e && e->side == extent.side && e->start == extent.start && e->end == extent.end;
        });
        if (same != state.annotations.cend()) {
            plan.retag << *same;
            continue;
        }
        annotation.tagIds = {tagId};
        annotation.color = tag->color.isValid() ? tag->color : TagRepository::paletteColor(0);
        annotation.author = author;
        plan.create << annotation;
    }
    return plan;
}

QList<CodingTarget> AutoCoder::targetsOf(const QList<SearchResult> &results)
{
    QList<CodingTarget> targets;
    for (const SearchResult &r : results) {
        if (r.source != SearchSource::Segment || !r.side || r.segmentId == 0 || r.hits.isEmpty())
            continue;
        const TextRange &hit = r.hits.first();
        const int start = SideText::codePointIndex(r.text, hit.start);
        const int end = SideText::codePointIndex(r.text, hit.start + hit.length);
        targets << CodingTarget {r.documentId, r.segmentId, *r.side, start, end - start};
    }
    return targets;
}

} // namespace bitext
