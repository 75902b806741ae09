#include "models/analysis/concordance.h"

#include "models/analysis/analysisscope.h"
#include "models/analysis/quoteranges.h"
#include "models/analysis/textunits.h"
#include "models/analysis/wordbreaker.h"
#include "models/analysis/wordprogress.h"
#include "models/domain/document.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace bitext {

namespace {

QString fromPoints(const QVector<uint> &points, int from, int to)
{
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()) + from, to - from);
}

// Code point index where the context before [start, ...) begins: at most `units` units
// back, and never inside one.
int leftEdge(const QVector<int> &units, int start, int context)
{
    int seen = 0;
    int last = -1;
    int edge = start;
    for (int i = start - 1; i >= 0; --i) {
        if (units.at(i) >= 0 && units.at(i) != last) {
            if (seen == context)
                break;
            ++seen;
            last = units.at(i);
        }
        edge = i;
    }
    return edge;
}

int rightEdge(const QVector<int> &units, int end, int context)
{
    int seen = 0;
    int last = -1;
    int edge = end;
    for (int i = end; i < units.size(); ++i) {
        if (units.at(i) >= 0 && units.at(i) != last) {
            if (seen == context)
                break;
            ++seen;
            last = units.at(i);
        }
        edge = i + 1;
    }
    return edge;
}

// The lines of one segment side whose folded text holds `query` where words begin and end.
void findIn(const Segment &segment, Side side, const QString &query, const QuoteRanges *quotes, int context,
    ConcordanceLine prototype, QList<ConcordanceLine> &lines)
{
    const QString &text = segment.text(side);
    const QString folded = WordBreaker::fold(text);
    int at = folded.indexOf(query);
    if (at < 0)
        return;
    QSet<int> starts;
    QSet<int> ends;
    const QVector<WordToken> tokens = WordBreaker::words(text);
    for (const WordToken &token : tokens) {
        starts.insert(token.utf16Start);
        ends.insert(token.utf16Start + token.utf16Length);
    }
    const QVector<uint> points = text.toUcs4();
    const QVector<int> units = TextUnits::unitIndexes(text);
    const QuoteRanges::Ranges ranges = quotes ? quotes->ranges(segment.id, side) : QuoteRanges::Ranges();
    for (; at >= 0; at = folded.indexOf(query, at + 1)) {
        if (!starts.contains(at) || !ends.contains(at + int(query.size())))
            continue;
        const int start = int(QStringView(text).left(at).toUcs4().size());
        const int length = int(QStringView(text).mid(at, query.size()).toUcs4().size());
        if (quotes && !QuoteRanges::overlaps(ranges, start, length))
            continue;
        ConcordanceLine line = prototype;
        line.segmentId = segment.id;
        line.segmentOrdinal = segment.ordinal;
        line.side = side;
        line.speaker = segment.speaker;
        line.start = start;
        line.length = length;
        line.word = text.mid(at, query.size());
        // Punctuation up to the next unit belongs to the context, the space at its edge not.
        int from = leftEdge(units, start, context);
        while (from < start && QChar::isSpace(points.at(from)))
            ++from;
        int to = rightEdge(units, start + length, context);
        while (to > start + length && QChar::isSpace(points.at(to - 1)))
            --to;
        line.left = fromPoints(points, from, start);
        line.right = fromPoints(points, start + length, to);
        lines.append(line);
    }
}

QString reversed(const QString &text)
{
    QString result = WordBreaker::fold(text);
    std::reverse(result.begin(), result.end());
    return result;
}

void sortBy(QList<ConcordanceLine> &lines, const std::function<QString(const ConcordanceLine &)> &key)
{
    QVector<QString> keys;
    keys.reserve(lines.size());
    QVector<int> order(lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        keys.append(key(lines.at(i)) + QChar(0) + WordBreaker::fold(lines.at(i).word));
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return keys.at(a) < keys.at(b); });
    QList<ConcordanceLine> sorted;
    sorted.reserve(lines.size());
    for (int i : order)
        sorted.append(lines.at(i));
    lines = sorted;
}

} // namespace

QList<ConcordanceLine> Concordance::find(
    Library &library, const QString &word, const AnalysisFilter &filter, int contextUnits, WordProgress *progress)
{
    QList<ConcordanceLine> lines;
    const QString query = WordBreaker::fold(word.trimmed());
    if (query.isEmpty())
        return lines;
    const QList<qint64> documents = AnalysisScope::documents(library, filter);
    if (progress)
        progress->begin(int(documents.size()));
    const QSet<qint64> tags = QuoteRanges::subtree(library, filter.tagIds);
    for (qint64 documentId : documents) {
        const QList<Segment> segments = library.documents().segments(documentId);
        std::optional<QuoteRanges> quotes;
        if (AnalysisScope::insideQuotes(filter))
            quotes = QuoteRanges::of(library, documentId, segments, tags, filter.authors, filter.side);
        ConcordanceLine prototype;
        prototype.documentId = documentId;
        if (const auto document = library.documents().find(documentId))
            prototype.document = document->title;
        for (const Segment &segment : segments) {
            if (!AnalysisScope::hasSpeaker(filter, segment.speakerId))
                continue;
            for (Side side : AnalysisScope::sides(filter))
                findIn(segment, side, query, quotes ? &*quotes : nullptr, contextUnits, prototype, lines);
        }
        WordProgress::step(progress);
    }
    return lines;
}

void Concordance::sortByLeft(QList<ConcordanceLine> &lines)
{
    sortBy(lines, [](const ConcordanceLine &line) { return reversed(line.left); });
}

void Concordance::sortByRight(QList<ConcordanceLine> &lines)
{
    sortBy(lines, [](const ConcordanceLine &line) { return WordBreaker::fold(line.right); });
}

} // namespace bitext
