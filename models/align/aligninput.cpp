#include "models/align/aligninput.h"

#include "models/core/error.h"
#include "models/import/importfilereader.h"
#include "models/import/importmonitor.h"

#include <algorithm>

namespace bitext {

ParsedDocument AlignInput::readSide(const QString &path, Side side)
{
    ImportFileReader reader(path, QString());
    if (reader.isProject())
        throw Error(
            tr("%1: this is a project or annotation file, not a transcript; align pairs two transcripts.").arg(path));
    ImportMonitor monitor;
    const QString hash = reader.hash(monitor);
    ParsedDocument parsed = reader.parse(monitor);
    parsed.document.contentHash = hash;

    const Side other = side == Side::Zh ? Side::En : Side::Zh;
    QList<Segment> kept;
    int otherOnly = 0;
    int firstOtherLine = 0;
    for (const Segment &s : std::as_const(parsed.segments)) {
        if (!s.text(side).trimmed().isEmpty()) {
            kept << s;
        } else if (!s.text(other).trimmed().isEmpty()) {
            ++otherOnly;
            if (firstOtherLine == 0)
                firstOtherLine = s.sourceLine;
        }
    }
    // A file given as the wrong side (the two swapped, or a translation of the same
    // language) is refused rather than paired into nonsense.
    if (kept.isEmpty() && otherOnly == 0)
        throw Error(tr("%1: no text found; expected the %2 side of the pair.").arg(path, languageName(side)));
    if (kept.size() < otherOnly)
        throw Error(tr("%1:%2: the text is %3, but this file was given as the %4 side of the pair.")
                        .arg(path)
                        .arg(firstOtherLine)
                        .arg(languageName(other), languageName(side)));
    parsed.segments = kept;
    parsed.indexText.clear(); // folded for all segments, not for the ones kept
    for (int i = 0; i < parsed.segments.size(); ++i) {
        Segment &s = parsed.segments[i];
        s.ordinal = i;
        // Only the side asked for: a bilingual file's other side is not this pairing's.
        if (side == Side::Zh) {
            s.en.clear();
            s.enOriginal.clear();
        } else {
            s.zh.clear();
            s.zhOriginal.clear();
        }
    }
    return parsed;
}

QList<AlignUnit> AlignInput::units(const QList<Segment> &segments, Side side)
{
    QList<AlignUnit> units;
    units.reserve(segments.size());
    for (const Segment &s : segments) {
        AlignUnit u;
        u.text = s.text(side);
        u.startMs = s.startMs;
        u.endMs = s.endMs;
        u.speaker = s.speaker;
        u.sourceLine = s.sourceLine;
        units << u;
    }
    return units;
}

bool AlignInput::timed(const QList<AlignUnit> &units)
{
    return !units.isEmpty()
        && std::all_of(units.cbegin(), units.cend(), [](const AlignUnit &u) { return u.startMs.has_value(); });
}

QString AlignInput::languageName(Side side)
{
    return side == Side::Zh ? tr("Chinese") : tr("English");
}

} // namespace bitext
