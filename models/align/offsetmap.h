#pragma once

#include <QStringList>
#include <QVector>

namespace bitext {

// Places in one side's text of a run of segments, before and after the run was cut at
// other places: the same characters in the same order, only the whitespace at the cuts
// may differ (English needs a space where two segments are joined). Maps a code-point
// offset exactly, never by searching for a quote.
class OffsetMap
{
public:
    // Throws Error when the two layouts hold different text.
    OffsetMap(const QStringList &from, const QStringList &to);

    // A segment of `to` (0-based in the run) and a code-point offset into its text.
    struct Place
    {
        int segment = -1;
        int offset = 0;
    };
    // Where a quote starting at this place of `from` starts in `to`: at a cut, in the
    // later segment.
    Place start(int segment, int offset) const;
    // Where a quote ending (exclusive) here ends: at a cut, in the earlier segment.
    Place end(int segment, int offset) const;

private:
    int mapped(int segment, int offset) const;
    Place place(int position, bool atStart) const;

    QStringList m_from;
    QStringList m_to;
    QVector<int> m_fromStarts; // UTF-16 start of each `from` segment in their concatenation
    QVector<int> m_toStarts;
    QVector<int> m_map; // UTF-16 position in `from`'s concatenation -> position in `to`'s
};

} // namespace bitext
