#pragma once

#include "models/align/alignunit.h"
#include "models/domain/parseddocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bitext {

// One language of a pairing: a transcript file read exactly as `bitext import` reads it
// (encoding detection, format detection, every transcript parser), and the aligners'
// units made from segments.
class AlignInput
{
    Q_DECLARE_TR_FUNCTIONS(AlignInput)

public:
    // The file's segments with text on `side` (lines in the other script are left out;
    // the document's title, format and sections as parsed), contentHash set to the
    // file's SHA-256. Throws Error naming the file, and the line where it helps, when it
    // cannot be read or parsed, is a project rather than a transcript, or has no text in
    // the side's script (or mostly text in the other one: the files were swapped).
    static ParsedDocument readSide(const QString &path, Side side);
    // One unit per segment: its text on `side`, times, speaker and source line.
    static QList<AlignUnit> units(const QList<Segment> &segments, Side side);
    // Do all units have a start time (subtitles: pair by time, not by length)?
    static bool timed(const QList<AlignUnit> &units);
    // "Chinese" or "English", translated.
    static QString languageName(Side side);
};

} // namespace bitext
