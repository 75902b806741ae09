#pragma once

#include "models/align/alignlexicon.h"
#include "models/align/alignunit.h"

#include <memory>

namespace bitext {

// Pairs two sides of text without times (Gale–Church: lengths compared through the
// Chinese-per-English character ratio), helped by anchors that survive translation:
// numbers, Latin words inside Chinese, speakers, timestamps.
// LengthAligner::Options; outside the class because GCC refuses a nested struct with
// member initializers as a default argument of its own class.
struct LengthAlignerOptions
{
    double zhPerEn = 0; // 0: CharRatio::kDefault
    // Words learnt from other bilingual texts (the library's), added to what the
    // aligner learns from the text itself; may be null.
    std::shared_ptr<const AlignLexicon> lexicon;
};

class LengthAligner
{
public:
    using Options = LengthAlignerOptions;

    static QList<AlignedPair> align(
        const QList<AlignUnit> &zh, const QList<AlignUnit> &en, const Options &options = {});
};

} // namespace bitext
