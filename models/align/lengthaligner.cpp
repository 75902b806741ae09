#include "models/align/lengthaligner.h"

#include "models/align/alignanchors.h"
#include "models/align/alignlattice.h"
#include "models/align/alignlexicon.h"
#include "models/align/alignsentences.h"
#include "models/align/charratio.h"
#include "models/align/sortedids.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace bitext {

namespace {

// What a word of the English side accounted for by the Chinese side of its pair is
// worth (AlignLexicon), per unit of association: learnt from the text's own first
// alignment only, or also from the library's other bilingual documents, whose pairs are
// right and whose words confirm the text's own (on the seeds: 000 61% -> 64%, 001 86% ->
// 88% of segments; on text with little vocabulary, the own lexicon at this weight
// would outweigh the lengths).
constexpr double kLexiconWeight = 4.0;
constexpr double kLibraryLexiconWeight = 8.0;
// The least share of unit ends inside the other side's units oneSidedCost assumes, and
// the least for the coarser side, cut into sentences (on the seeds, one sentence a line:
// 000 81% -> 83%, 001 90% -> 93% of segments).
constexpr double kEndsInside = 0.05;
constexpr double kCoarserEndsInside = 0.0001;
// How much longer one side's units must be on average to be cut into sentences.
constexpr double kCoarser = 2.0;
// A 1-0 pair is never sure: a person should look at a passage left without partner.
constexpr double kUnpairedConfidence = 0.45;
// One side shorter than this share of the other (lengths compared through the ratio)
// translates only its beginning: the first minutes of a talk translated. It is paired
// with as much of the other as its length and this slack take, where the pairing may end
// anywhere; the rest is left without partner. (Stretched over the whole, it paired its
// lines with text minutes away.)
constexpr double kPartial = 0.5;
constexpr double kRunOnSlack = 1.5;

// -log of the share of one side's unit ends that fall inside the other side's units.
// Where this side was cut into sentences because its units are the coarser (paragraphs
// against one sentence a line), one of its units ending inside a line of the other is
// almost unheard of: a translator keeps a paragraph's last sentence in it.
double oneSidedCost(const AlignSentences &side, int units, int otherUnits)
{
    const double inside = units > otherUnits ? 1.0 - double(otherUnits) / units : 0.0;
    return -std::log(std::clamp(inside, side.split ? kCoarserEndsInside : kEndsInside, 0.95));
}

// The best path, the band widened until the path keeps clear of its edges.
std::unique_ptr<AlignLattice> search(const AlignSentences &zs, const AlignSentences &es, const QList<AlignUnit> &zh,
    const QList<AlignUnit> &en, const AlignAnchors &anchors, const AlignLexicon *lexicon, bool fromLibrary,
    const std::vector<float> &glossWeights, AlignLattice::Ending ending)
{
    AlignLattice::Costs costs;
    costs.ending = ending;
    costs.zhOnly = oneSidedCost(zs, int(zh.size()), int(en.size()));
    costs.enOnly = oneSidedCost(es, int(en.size()), int(zh.size()));
    costs.lexicon = lexicon;
    costs.lexiconWeight = fromLibrary ? kLibraryLexiconWeight : kLexiconWeight;
    costs.glossWeights = glossWeights;
    for (int width = 48;; width *= 2) {
        auto lattice = std::make_unique<AlignLattice>(zs, es, zh, en, anchors, costs, width);
        lattice->forward();
        const std::vector<std::pair<int, int>> nodes = lattice->path();
        const bool whole = width >= std::max(zs.size(), es.size());
        if (whole || (!nodes.empty() && !lattice->touchesEdge(nodes, width / 8)))
            return lattice;
    }
}

QList<AlignedPair> unpaired(int zh, int en)
{
    QList<AlignedPair> pairs;
    for (int i = 0; i < zh; ++i)
        pairs.append({{i}, {}, kUnpairedConfidence});
    for (int j = 0; j < en; ++j)
        pairs.append({{}, {j}, kUnpairedConfidence});
    return pairs;
}

// A side's length in English characters (scale: its characters per English one).
double lengthOf(const QList<AlignUnit> &units, Side side, double scale)
{
    double length = 0;
    for (const AlignUnit &unit : units)
        length += CharRatio::countedLength(unit.text, side) / scale;
    return length;
}

// How many of the first units hold `length` (English characters) and the slack.
qsizetype unitsHolding(const QList<AlignUnit> &units, Side side, double scale, double length)
{
    double sum = 0;
    qsizetype n = 0;
    while (n < units.size() && sum < length * kRunOnSlack)
        sum += CharRatio::countedLength(units.at(n++).text, side) / scale;
    return n;
}

QList<AlignedPair> alignWhole(const QList<AlignUnit> &zh, const QList<AlignUnit> &en,
    const LengthAligner::Options &options, AlignLattice::Ending ending);

} // namespace

QList<AlignedPair> LengthAligner::align(const QList<AlignUnit> &zh, const QList<AlignUnit> &en, const Options &options)
{
    if (zh.isEmpty() || en.isEmpty())
        return unpaired(int(zh.size()), int(en.size()));
    const double zhPerEn = options.zhPerEn > 0 ? options.zhPerEn : CharRatio::kDefault;
    const double zhLength = lengthOf(zh, Side::Zh, zhPerEn), enLength = lengthOf(en, Side::En, 1.0);
    if (enLength >= kPartial * zhLength && zhLength >= kPartial * enLength)
        return alignWhole(zh, en, options, AlignLattice::Ending::Together);

    // One side translates the other's beginning: paired with it, the rest on its own.
    const bool chineseRunsOn = enLength < zhLength;
    const QList<AlignUnit> &longer = chineseRunsOn ? zh : en;
    const qsizetype window
        = chineseRunsOn ? unitsHolding(zh, Side::Zh, zhPerEn, enLength) : unitsHolding(en, Side::En, 1.0, zhLength);
    QList<AlignedPair> pairs = chineseRunsOn
        ? alignWhole(zh.mid(0, window), en, options, AlignLattice::Ending::ChineseRunsOn)
        : alignWhole(zh, en.mid(0, window), options, AlignLattice::Ending::EnglishRunsOn);
    int paired = 0;
    for (const AlignedPair &pair : pairs) {
        for (const int unit : chineseRunsOn ? pair.zh : pair.en)
            paired = std::max(paired, unit + 1);
    }
    // Where the translation stops is worth a look; the text after it is surely alone.
    for (int unit = paired; unit < longer.size(); ++unit) {
        const double confidence = unit == paired ? kUnpairedConfidence : 1.0;
        pairs.append(chineseRunsOn ? AlignedPair {{unit}, {}, confidence} : AlignedPair {{}, {unit}, confidence});
    }
    return pairs;
}

namespace {

// The pairs of two sides, ending together or where one side runs on.
QList<AlignedPair> alignWhole(const QList<AlignUnit> &zh, const QList<AlignUnit> &en,
    const LengthAligner::Options &options, AlignLattice::Ending ending)
{
    if (zh.isEmpty() || en.isEmpty())
        return unpaired(int(zh.size()), int(en.size()));
    const double zhPerEn = options.zhPerEn > 0 ? options.zhPerEn : CharRatio::kDefault;
    AlignAnchors anchors;
    // The Chinese side first: its anchors decide which English words count.
    // The side cut coarser (paragraphs against one sentence a line) is cut into its
    // sentences, so that lengths are compared where the finer side's cuts fall.
    const double zhLength = lengthOf(zh, Side::Zh, zhPerEn), enLength = lengthOf(en, Side::En, 1.0);
    const double zhUnitLength = zhLength / zh.size(), enUnitLength = enLength / en.size();
    const bool splitZh = zhUnitLength > kCoarser * enUnitLength, splitEn = enUnitLength > kCoarser * zhUnitLength;
    AlignLexicon lexicon = options.lexicon ? *options.lexicon : AlignLexicon();
    const AlignSentences zs = AlignSentences::of(zh, Side::Zh, zhPerEn, anchors, lexicon, splitZh, false);
    const AlignSentences es = AlignSentences::of(en, Side::En, 1.0, anchors, lexicon, splitEn, splitZh);
    if (ending != AlignLattice::Ending::Together) {
        // Where the translation stops, found by lengths and anchors alone (every English
        // word the Chinese accounts for earns, so words would pull more English in), and
        // the text up to there paired as a whole.
        const std::vector<std::pair<int, int>> nodes
            = search(zs, es, zh, en, anchors, nullptr, false, {}, ending)->path();
        if (nodes.empty())
            return unpaired(int(zh.size()), int(en.size()));
        const auto [i, j] = nodes.back();
        return alignWhole(zh.mid(0, i ? zs.sentences[size_t(i) - 1].unit + 1 : 0),
            en.mid(0, j ? es.sentences[size_t(j) - 1].unit + 1 : 0), options, AlignLattice::Ending::Together);
    }

    // From here on both sides end together: a side that ran on was cut where it stops.
    constexpr AlignLattice::Ending whole = AlignLattice::Ending::Together;
    // Rescaling changes lengths only: the glosses' weights hold for every pass that uses them.
    const std::vector<float> glossWeights = zs.glossWeights();
    // A lexicon from the library's other documents helps from the first alignment on.
    const std::unique_ptr<AlignLattice> first
        = search(zs, es, zh, en, anchors, lexicon.isEmpty() ? nullptr : &lexicon, true, glossWeights, whole);
    const AlignSentences local = zs.rescaled(es, first->path(), zh);
    const std::unique_ptr<AlignLattice> second = search(local, es, zh, en, anchors, nullptr, false, {}, whole);
    // The words each side of the second alignment's beads share, learnt, and a third
    // alignment that uses them.
    const auto beadsOf = [&](const AlignLattice &aligned) {
        std::vector<std::pair<QList<int>, QList<int>>> beads;
        const std::vector<std::pair<int, int>> path = aligned.path();
        for (size_t k = 1; k < path.size(); ++k) {
            QList<int> zhWords, enWords;
            for (int z = path[k - 1].first; z < path[k].first; ++z)
                zhWords += zs.sentences[z].words;
            for (int e = path[k - 1].second; e < path[k].second; ++e)
                enWords += es.sentences[e].words;
            zhWords = sortedUnique(zhWords);
            enWords = sortedUnique(enWords);
            if (!zhWords.isEmpty() && !enWords.isEmpty())
                beads.emplace_back(zhWords, enWords);
        }
        return beads;
    };
    lexicon.learn(beadsOf(*second));
    std::unique_ptr<AlignLattice> lattice = search(
        local, es, zh, en, anchors, lexicon.isEmpty() ? nullptr : &lexicon, bool(options.lexicon), glossWeights, whole);
    lattice->backward();
    const std::vector<std::pair<int, int>> nodes = lattice->path();
    {
        // Pairs end where both sides end a unit.
        QList<AlignedPair> pairs;
        std::pair<int, int> start {0, 0};
        double startConfidence = 1.0;
        for (const auto &node : nodes) {
            const auto [i, j] = node;
            if (node == start || !zs.boundary[i] || !es.boundary[j])
                continue;
            AlignedPair pair;
            pair.zh = zs.unitsBetween(start.first, i);
            pair.en = es.unitsBetween(start.second, j);
            const double endConfidence = i == zs.size() && j == es.size() ? 1.0 : lattice->nodeConfidence(i, j);
            pair.confidence = std::min(startConfidence, endConfidence);
            if (pair.zh.isEmpty() || pair.en.isEmpty())
                pair.confidence = std::min(pair.confidence, kUnpairedConfidence);
            pairs.append(pair);
            start = node;
            startConfidence = endConfidence;
        }
        return pairs;
    }
}

} // namespace

} // namespace bitext
