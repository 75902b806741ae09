#include "models/analysis/coderagreement.h"

#include "models/annotate/sidetext.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace bitext {

namespace {

using Range = QPair<int, int>; // [start, end) in code points of one segment's side
using Ranges = QVector<Range>;
using RowRanges = QMap<int, Ranges>; // segment row -> ranges

// Sorted, with overlapping and touching ranges joined.
Ranges merged(Ranges ranges)
{
    std::sort(ranges.begin(), ranges.end());
    Ranges out;
    for (const Range &r : std::as_const(ranges)) {
        if (!out.isEmpty() && r.first <= out.last().second)
            out.last().second = std::max(out.last().second, r.second);
        else
            out << r;
    }
    return out;
}

bool contains(const Ranges &ranges, int point)
{
    for (const Range &r : ranges) {
        if (point >= r.first && point < r.second)
            return true;
    }
    return false;
}

// One side of a document: each row's length, and the rows that count (speaker filter).
struct SideUnits
{
    Side side = Side::Zh;
    QList<Segment> segments;
    QHash<qint64, int> rowOf;
    QVector<int> lengths;
    QVector<bool> counted;
    qint64 total = 0;
};

// The compared codes: the filter's tags with everything below them, or every tag.
QHash<qint64, QString> comparedCodes(const QList<Tag> &tags, const QList<qint64> &roots)
{
    QHash<qint64, QString> codes;
    QStringList prefixes;
    for (const Tag &tag : tags) {
        if (roots.contains(tag.id))
            prefixes << tag.path;
    }
    for (const Tag &tag : tags) {
        bool in = roots.isEmpty();
        for (const QString &prefix : std::as_const(prefixes))
            in = in || tag.path == prefix || tag.path.startsWith(prefix + QLatin1Char('/'));
        if (in)
            codes.insert(tag.id, tag.path);
    }
    return codes;
}

// Compares two coders' ranges of one code on one side, adding to `row`.
void compareSide(const SideUnits &units, const RowRanges &a, const RowRanges &b, AgreementRow &row)
{
    QList<int> rows = a.keys() + b.keys();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int r : std::as_const(rows)) {
        if (!units.counted.at(r))
            continue;
        const Ranges ra = merged(a.value(r));
        const Ranges rb = merged(b.value(r));
        QVector<int> points;
        for (const Range &x : ra + rb)
            points << x.first << x.second;
        std::sort(points.begin(), points.end());
        points.erase(std::unique(points.begin(), points.end()), points.end());
        const Segment &segment = units.segments.at(r);
        const QString text = segment.text(units.side);
        for (int i = 0; i + 1 < points.size(); ++i) {
            const int from = points.at(i);
            const int length = points.at(i + 1) - from;
            const bool inA = contains(ra, from);
            const bool inB = contains(rb, from);
            if (inA && inB) {
                row.both += length;
                continue;
            }
            if (!inA && !inB)
                continue;
            (inA ? row.aOnly : row.bOnly) += length;
            const QString &coder = inA ? row.coderA : row.coderB;
            // Joined to the passage before when it continues it (same coder, no gap).
            if (!row.disagreements.isEmpty()) {
                Disagreement &last = row.disagreements.last();
                if (last.passage.segmentId == segment.id && last.passage.side == units.side && last.coder == coder
                    && last.passage.start + last.passage.length == from) {
                    last.passage.length += length;
                    continue;
                }
            }
            row.disagreements << Disagreement {{segment.documentId, segment.id, units.side, from, length}, coder, {}};
        }
    }
}

} // namespace

double AgreementRow::agreement() const
{
    const qint64 n = total();
    return n > 0 ? double(both + neither) / double(n) : 1.0;
}

double AgreementRow::kappaOf(qint64 both, qint64 aOnly, qint64 bOnly, qint64 neither)
{
    const qint64 n = both + aOnly + bOnly + neither;
    const qint64 codedA = both + aOnly;
    const qint64 codedB = both + bOnly;
    // Pe = 1 exactly when both coded nothing or both coded everything.
    if (n == 0 || (codedA == 0 && codedB == 0) || (codedA == n && codedB == n))
        return 1.0;
    const double po = double(both + neither) / double(n);
    const double pA = double(codedA) / double(n);
    const double pB = double(codedB) / double(n);
    const double pe = pA * pB + (1 - pA) * (1 - pB);
    return (po - pe) / (1 - pe);
}

CoderAgreement::CoderAgreement(Library &library)
    : m_library(library)
{
}

QList<AgreementRow> CoderAgreement::compute(const AnalysisFilter &filter) const
{
    const QHash<qint64, QString> codes = comparedCodes(m_library.tags().list(), filter.tagIds);
    QList<Side> sides {Side::Zh, Side::En};
    if (filter.side)
        sides = {*filter.side};

    // The quotes that count, by document.
    QMap<qint64, QList<Annotation>> byDocument;
    const QList<Annotation> annotations = m_library.annotations().list();
    for (const Annotation &a : annotations) {
        if (a.orphaned || !sides.contains(a.side) || a.author.isEmpty())
            continue;
        if (!filter.documentIds.isEmpty() && !filter.documentIds.contains(a.documentId))
            continue;
        if (!filter.authors.isEmpty() && !filter.authors.contains(a.author))
            continue;
        if (std::any_of(a.tagIds.cbegin(), a.tagIds.cend(), [&](qint64 id) { return codes.contains(id); }))
            byDocument[a.documentId] << a;
    }

    const QHash<qint64, QString> titles = m_library.documents().titles();

    QList<AgreementRow> result;
    for (auto doc = byDocument.cbegin(); doc != byDocument.cend(); ++doc) {
        QStringList coders;
        for (const Annotation &a : doc.value())
            coders << a.author;
        coders.removeDuplicates();
        if (coders.size() < 2)
            continue;
        std::sort(coders.begin(), coders.end());

        const QList<Segment> segments = m_library.documents().segments(doc.key());
        QList<SideUnits> units;
        for (Side side : std::as_const(sides)) {
            SideUnits u;
            u.side = side;
            u.segments = segments;
            for (int r = 0; r < segments.size(); ++r) {
                const Segment &s = segments.at(r);
                u.rowOf.insert(s.id, r);
                u.lengths << SideText::codePointCount(s.text(side));
                u.counted << (filter.speakerIds.isEmpty() || filter.speakerIds.contains(s.speakerId));
                if (u.counted.last())
                    u.total += u.lengths.last();
            }
            units << u;
        }

        // code -> coder -> side index -> row -> ranges
        QMap<qint64, QHash<QString, QHash<int, RowRanges>>> coded;
        for (const Annotation &a : doc.value()) {
            const int sideIndex = int(sides.indexOf(a.side));
            const SideUnits &u = units.at(sideIndex);
            const int first = u.rowOf.value(a.startSegmentId, -1);
            const int last = u.rowOf.value(a.endSegmentId, -1);
            if (first < 0 || last < first)
                continue;
            for (qint64 tagId : a.tagIds) {
                if (!codes.contains(tagId))
                    continue;
                RowRanges &rows = coded[tagId][a.author][sideIndex];
                for (int r = first; r <= last; ++r) {
                    const int from = std::clamp(r == first ? a.startOffset : 0, 0, u.lengths.at(r));
                    const int to = std::clamp(r == last ? a.endOffset : u.lengths.at(r), 0, u.lengths.at(r));
                    if (to > from)
                        rows[r] << Range(from, to);
                }
            }
        }

        qint64 total = 0;
        for (const SideUnits &u : std::as_const(units))
            total += u.total;
        for (auto code = coded.cbegin(); code != coded.cend(); ++code) {
            for (int i = 0; i < coders.size(); ++i) {
                for (int j = i + 1; j < coders.size(); ++j) {
                    if (!code.value().contains(coders.at(i)) && !code.value().contains(coders.at(j)))
                        continue;
                    AgreementRow row;
                    row.documentId = doc.key();
                    row.documentTitle = titles.value(doc.key());
                    row.tagId = code.key();
                    row.tagPath = codes.value(code.key());
                    row.coderA = coders.at(i);
                    row.coderB = coders.at(j);
                    const auto a = code.value().value(row.coderA);
                    const auto b = code.value().value(row.coderB);
                    for (int s = 0; s < units.size(); ++s)
                        compareSide(units.at(s), a.value(s), b.value(s), row);
                    row.neither = total - row.both - row.aOnly - row.bOnly;
                    for (Disagreement &d : row.disagreements) {
                        const SideUnits &u = units.at(int(sides.indexOf(d.passage.side)));
                        const QString text = u.segments.at(u.rowOf.value(d.passage.segmentId)).text(d.passage.side);
                        const int from = SideText::utf16Index(text, d.passage.start);
                        d.text = text.mid(from, SideText::utf16Index(text.mid(from), d.passage.length));
                    }
                    result << row;
                }
            }
        }
    }
    std::sort(result.begin(), result.end(), [](const AgreementRow &x, const AgreementRow &y) {
        return std::tie(x.documentTitle, x.documentId, x.tagPath, x.coderA, x.coderB)
            < std::tie(y.documentTitle, y.documentId, y.tagPath, y.coderA, y.coderB);
    });
    return result;
}

} // namespace bitext
