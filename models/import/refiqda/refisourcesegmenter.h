#pragma once

#include "models/domain/parseddocument.h"
#include "models/import/refiqda/refibitextlayout.h"
#include "models/import/refiqda/refisourcelayout.h"

#include <QCoreApplication>

#include <optional>

namespace bitext {

class CodePointText;

// Turns source texts into segments, each with the layout that carries selection
// positions over: a Bitext export's side texts (one segment per line, the sides
// paired line by line), a transcript form found by FormatDetector, or one segment
// per paragraph.
class RefiSourceSegmenter
{
    Q_DECLARE_TR_FUNCTIONS(RefiSourceSegmenter)

public:
    struct Result
    {
        QList<Section> sections;
        QList<Segment> segments;
        RefiSourceLayout zhLayout; // of the Chinese source, or of the single source
        RefiSourceLayout enLayout; // of the English source of a Bitext pair
        QString format; // the transcript form a parsed text was read as
        QString warning;
    };

    // A Bitext export's sides, either of which may be missing: segment i has line i
    // of each. When the line counts differ (a segment had a line break) the pairing
    // cannot be restored without guessing: the lines stay unpaired.
    static Result bitextSides(const CodePointText *zh, const CodePointText *en);
    // The same cut by the segment lengths Bitext wrote beside the project, with
    // speakers, sections and times; nothing when the texts do not fit them (a
    // source edited in another program).
    static std::optional<Result> bitextLayout(
        const RefiBitextDocument &layout, const CodePointText *zh, const CodePointText *en);
    // The text read as the transcript form FormatDetector names; nothing when that
    // is plain lines, or when the parser refuses the text.
    static std::optional<Result> parsed(const CodePointText &text, const QString &name);
    // One segment per paragraph (lines up to a blank line), on the side its script says.
    static Result paragraphs(const CodePointText &text);
};

} // namespace bitext
