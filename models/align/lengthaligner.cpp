#include "models/align/lengthaligner.h"

#include "models/align/alignanchors.h"
#include "models/align/alignlexicon.h"
#include "models/align/charratio.h"
#include "models/align/glossary.h"
#include "models/align/sentencesplitter.h"
#include "models/align/sortedids.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <vector>

namespace bitext {

namespace {

constexpr float kInfinity = std::numeric_limits<float>::infinity();

// The pairings of units (beads) tried. Besides lengths, a bead costs what its joins
// cost (a unit ending on one side only, see oneSidedCost), plus for 2-2 the -log of how
// rare it is (Gale and Church's priors).
struct Bead
{
    int zh, en;
    float prior;
};
constexpr float kTwoTwoPrior = 1.5f;
constexpr float kUnpairedPrior = 4.5f;
// The most units a bead joins on one side: a few when both sides are cut alike, more
// when one side is cut much finer (one sentence a line against paragraphs).
constexpr int kMinimumReach = 3;
constexpr int kMaximumReach = 40;

std::vector<Bead> beadsFor(int zhUnits, int enUnits)
{
    const double finer = double(std::max(zhUnits, enUnits)) / std::max(1, std::min(zhUnits, enUnits));
    const int reach = std::clamp(int(std::ceil(3 * finer)), kMinimumReach, kMaximumReach);
    std::vector<Bead> beads {{1, 1, 0}, {2, 2, kTwoTwoPrior}, {1, 0, kUnpairedPrior}, {0, 1, kUnpairedPrior}};
    for (int k = 2; k <= reach; ++k) {
        beads.push_back({1, k, 0});
        beads.push_back({k, 1, 0});
    }
    return beads;
}

// Spread of the length difference per English character (Gale and Church's s²,
// measured on the seeds' pairs).
constexpr double kVariance = 9.0;
// How much more the English side may run over its expected length than under it:
// translations of talk condense (fillers, repetitions, a sentence said twice have no
// Chinese), they seldom add (on the seeds, one sentence a line: 001 93% -> 95%).
constexpr double kEnglishExcess = 1.75;
// What one anchor on both sides of a bead is worth, at most.
constexpr double kAnchorBonus = 2.5;
// How much a difference in sentence counts weighs against the lengths.
constexpr double kSentenceCountWeight = 0.3;
// What each question asked on one side and not the other costs.
constexpr double kQuestionWeight = 1.0;
// Chinese sentences either side of one that the local ratio is measured over.
constexpr int kRatioWindow = 10;
// What a word of the English side accounted for by the Chinese side of its pair is
// worth (AlignLexicon), per unit of association: learnt from the text's own first
// alignment only, or also from the library's other bilingual documents, whose pairs are
// right and whose words confirm the text's own (on the seeds: 000 61% -> 64%, 001 86% ->
// 88% of segments; on text with little vocabulary, the own lexicon at this weight
// would outweigh the lengths).
constexpr double kLexiconWeight = 4.0;
constexpr double kLibraryLexiconWeight = 8.0;
// A reply ("Yeah.", "Sure.", "Well, wait.") opens a turn more often than it closes one
// (41 against 17 times in the seeds), and has no length to place it by: where English
// sentences are paired with Chinese paragraphs, a pair ending on one this short costs
// this much more. (Text cut alike gives a short line its own partner.)
constexpr int kShortSentenceWords = 3;
constexpr double kShortSentenceAtEnd = 1.0;
// A line that breaks off without a sentence end ("So I'm I'm", "Yeah, I did") is where a
// speaker was interrupted or trailed off: a turn ends there. Where a side's units mostly
// end a sentence, a pair that runs on past one that does not costs this much more, on
// either side. (Text broken mid-sentence everywhere, as captions are, says nothing by it.)
constexpr double kUnfinishedInside = 8.0;
constexpr int kUnfinishedOneIn = 5; // at most one line in this many

// What a gloss of the Chinese side (Glossary) found among the English words of its pair
// is worth, weighted by how rare the gloss is in the text (its idf, less kCommonGloss:
// glosses of most sentences, "say", "self", count nothing), and how much of that one
// English sentence may earn at most (a long sentence shares some glosses by chance).
// On the seeds, one sentence a line: 000 79% -> 81%, and 83% -> 85% at this weight
// (0.2 before), with comparatives stemmed and fewer words ignored.
constexpr double kGlossWeight = 0.6;
constexpr double kCommonGloss = 1.0;
constexpr double kGlossCap = 4.0;
// What a pair that opens with a reply on both sides is worth, per English reply: one
// Chinese reply stands for "Yeah. Yeah." (on the seeds, one sentence a line: 000 77% ->
// 79%, 001 90% -> 91%, and 95% -> 96% once it counts every English reply).
constexpr double kReplyMatch = 4.0;
// The least share of unit ends inside the other side's units oneSidedCost assumes, and
// the least for the coarser side, cut into sentences (on the seeds, one sentence a line:
// 000 81% -> 83%, 001 90% -> 93% of segments).
constexpr double kEndsInside = 0.05;
constexpr double kCoarserEndsInside = 0.0001;
// How much longer one side's units must be on average to be cut into sentences.
constexpr double kCoarser = 2.0;
// A 1-0 pair is never sure: a person should look at a passage left without partner.
constexpr double kUnpairedConfidence = 0.45;

struct Sentence
{
    double length = 0; // counted characters; English-equivalent for the Chinese side
    int sentences = 1; // how many sentences SentenceSplitter finds in it
    int unit = 0;
    QList<int> anchors;
    int questions = 0; // question marks, which translations keep
    QList<int> words; // AlignLexicon keys, sorted
    bool shortReply = false; // English, kShortSentenceWords words or fewer
    bool unfinished = false; // the last of its unit, and no sentence end closes it
    QList<int> glosses {}; // Glossary stems
    bool reply = false; // opens with a reply word ("Yeah.", "好的，"), see opensWithReply
};

// One side cut into sentences that remember their unit; a unit with no text keeps an
// empty sentence so that every unit has a place in the lattice.
struct SideSentences
{
    std::vector<Sentence> sentences;
    std::vector<char> boundary; // per node 0..n: a unit starts or ends here
    std::vector<char> speakerChange; // per node: the speaker differs across it
    std::vector<double> cumulative; // per node: length before it
    std::vector<int> cumulativeSentences; // per node: sentences before it
    std::vector<int> cumulativeQuestions;
    std::vector<int> cumulativeBoundaries; // per node: unit boundaries at nodes 1..it
    std::vector<int> cumulativeUnfinished; // per node: unfinished sentences before it
    bool hasSpeakers = false;
    bool hasTimes = false;
    bool split = false; // its units were cut into sentences, being the coarser

    int size() const { return int(sentences.size()); }

    void finish(const QList<AlignUnit> &units)
    {
        const int n = size();
        boundary.assign(n + 1, 0);
        speakerChange.assign(n + 1, 0);
        cumulative.assign(n + 1, 0);
        cumulativeSentences.assign(n + 1, 0);
        cumulativeQuestions.assign(n + 1, 0);
        cumulativeBoundaries.assign(n + 1, 0);
        cumulativeUnfinished.assign(n + 1, 0);
        for (int i = 0; i <= n; ++i) {
            boundary[i] = i == 0 || i == n || sentences[i].unit != sentences[i - 1].unit;
            if (i > 0)
                cumulative[i] = cumulative[i - 1] + sentences[i - 1].length,
                cumulativeSentences[i] = cumulativeSentences[i - 1] + sentences[i - 1].sentences,
                cumulativeQuestions[i] = cumulativeQuestions[i - 1] + sentences[i - 1].questions;
            if (i > 0)
                cumulativeBoundaries[i] = cumulativeBoundaries[i - 1] + boundary[i],
                cumulativeUnfinished[i] = cumulativeUnfinished[i - 1] + sentences[i - 1].unfinished;
            if (i > 0 && i < n && boundary[i])
                speakerChange[i] = units[sentences[i].unit].speaker != units[sentences[i - 1].unit].speaker;
        }
        for (const AlignUnit &unit : units) {
            hasSpeakers = hasSpeakers || !unit.speaker.isEmpty();
            hasTimes = hasTimes || unit.startMs.has_value();
        }
    }
};

// Whether the text ends as a sentence does, closing quotes and brackets aside.
bool endsSentence(const QString &text)
{
    for (int k = int(text.size()) - 1; k >= 0; --k) {
        const QChar c = text.at(k);
        if (c.isSpace() || c.category() == QChar::Punctuation_Close || c.category() == QChar::Punctuation_FinalQuote
            || c == QLatin1Char('"') || c == QLatin1Char('\''))
            continue;
        return QStringView(u".?!\u2026\u3002\uFF1F\uFF01").contains(c);
    }
    return false;
}

// Whether a sentence opens with a reply ("Yeah.", "Okay, so…", "是的，", "好的。"):
// translators keep a reply, and where it stands, turns begin. The words are few and
// the same in every talk, so they are listed rather than learnt.
bool opensWithReply(const QString &text, Side side)
{
    static const QStringList english {QStringLiteral("yeah"), QStringLiteral("yes"), QStringLiteral("yep"),
        QStringLiteral("okay"), QStringLiteral("ok"), QStringLiteral("right"), QStringLiteral("sure"),
        QStringLiteral("exactly"), QStringLiteral("absolutely"), QStringLiteral("no"), QStringLiteral("mhm"),
        QStringLiteral("great"), QStringLiteral("cool"), QStringLiteral("alright"), QStringLiteral("totally"),
        QStringLiteral("definitely"), QStringLiteral("indeed"), QStringLiteral("correct")};
    static const QStringList chinese {QStringLiteral("是的"), QStringLiteral("是啊"), QStringLiteral("是"),
        QStringLiteral("对"), QStringLiteral("嗯"), QStringLiteral("好"), QStringLiteral("没错"),
        QStringLiteral("当然"), QStringLiteral("确实"), QStringLiteral("正是"), QStringLiteral("行"),
        QStringLiteral("不"), QStringLiteral("可以"), QStringLiteral("太好了"), QStringLiteral("酷"),
        QStringLiteral("完全"), QStringLiteral("绝对")};
    const QString trimmed = text.trimmed();
    int end = 0;
    while (end < trimmed.size() && (trimmed.at(end).isLetter() || trimmed.at(end) == QLatin1Char('\'')))
        ++end;
    const QString first = trimmed.left(end).toLower();
    if (side == Side::En)
        return english.contains(first);
    // The first clause, short, made of a reply word and particles (好的, 对啊, 是的呢).
    return end <= 4 && end < trimmed.size()
        && std::any_of(chinese.begin(), chinese.end(), [&](const QString &w) { return first.startsWith(w); });
}

int questionMarks(const QString &text)
{
    return int(text.count(QLatin1Char('?')) + text.count(QChar(0xFF1F)));
}

// One side's units as the lattice's items, lengths in English characters; `replies`:
// short sentences are marked as replies (the English side, cut finer than the Chinese).
template<typename AnchorsOf, typename WordsOf>
SideSentences itemsOf(const QList<AlignUnit> &units, Side side, double lengthScale, AnchorsOf anchorsOf,
    WordsOf wordsOf, bool split, bool replies)
{
    SideSentences items;
    int unfinished = 0;
    for (int u = 0; u < units.size(); ++u) {
        const QString &text = units.at(u).text;
        QStringList parts = split ? SentenceSplitter::split(text, side) : QStringList();
        if (parts.isEmpty())
            parts.append(text);
        for (const QString &part : parts)
            items.sentences.push_back({CharRatio::countedLength(part, side) / lengthScale, 1, u, anchorsOf(part),
                questionMarks(part), wordsOf(part), replies && part.count(QLatin1Char(' ')) < kShortSentenceWords});
        for (size_t k = items.sentences.size() - size_t(parts.size()); k < items.sentences.size(); ++k) {
            const QString &part = parts.at(qsizetype(k + parts.size() - items.sentences.size()));
            items.sentences[k].reply = opensWithReply(part, side);
            items.sentences[k].glosses
                = side == Side::Zh ? Glossary::builtIn().zhStems(part) : Glossary::builtIn().enStems(part);
        }
        items.sentences.back().unfinished = !endsSentence(parts.back());
        unfinished += items.sentences.back().unfinished ? 1 : 0;
    }
    if (qsizetype(kUnfinishedOneIn) * unfinished > units.size()) {
        for (Sentence &sentence : items.sentences)
            sentence.unfinished = false;
    }
    items.split = split;
    items.finish(units);
    return items;
}

// -log of how likely a length difference this large is (the normal density's exponent,
// which orders beads as the two-tailed probability does, at a fraction of its cost).
double lengthCost(double zh, double en)
{
    const double mean = std::max(1.0, (zh + en) / 2);
    const double difference = zh - en;
    return difference * difference / (2 * kVariance * (difference < 0 ? kEnglishExcess : 1.0) * mean);
}

// Translators mostly keep the number of sentences, so a pair whose sides have very
// different numbers of them (scaled by the texts' own ratio) is unlikely.
double sentenceCountCost(double zh, int en)
{
    const double difference = zh - en;
    return kSentenceCountWeight * difference * difference / std::max(1.0, (zh + en) / 2);
}

// The lattice of (Chinese sentences consumed, English sentences consumed), searched in a
// band around the line where both sides have used the same share of their length.
class Lattice
{
public:
    Lattice(const SideSentences &zh, const SideSentences &en, const QList<AlignUnit> &zhUnits,
        const QList<AlignUnit> &enUnits, const AlignAnchors &anchors, int width)
        : m_zh(zh)
        , m_en(en)
        , m_zhUnits(zhUnits)
        , m_enUnits(enUnits)
        , m_anchors(anchors)
        , m_beads(beadsFor(zh.size() ? zh.sentences.back().unit + 1 : 0, en.size() ? en.sentences.back().unit + 1 : 0))
    {
        const int nz = zh.size(), ne = en.size();
        const double zhTotal = std::max(1e-9, zh.cumulative[nz]);
        const double enTotal = en.cumulative[ne];
        m_enSentencesPerZh = double(en.cumulativeSentences[ne]) / std::max(1, zh.cumulativeSentences[nz]);
        m_lo.resize(nz + 1);
        m_hi.resize(nz + 1);
        for (int i = 0; i <= nz; ++i) {
            const double target = zh.cumulative[i] / zhTotal * enTotal;
            int center
                = int(std::lower_bound(en.cumulative.begin(), en.cumulative.end(), target) - en.cumulative.begin());
            if (i == nz)
                center = ne;
            if (i == 0)
                center = 0;
            m_lo[i] = std::max(0, center - width);
            m_hi[i] = std::min(ne, center + width);
        }
        for (int i = 1; i <= nz; ++i) // a long sentence must not leave a gap between two rows
            m_lo[i] = std::min(m_lo[i], m_hi[i - 1]);
        m_offset.resize(nz + 2);
        m_offset[0] = 0;
        for (int i = 0; i <= nz; ++i)
            m_offset[i + 1] = m_offset[i] + (m_hi[i] - m_lo[i] + 1);
    }

    // The best path's costs (and choices) to every node.
    void forward()
    {
        const int nz = m_zh.size();
        m_forward.assign(m_offset[nz + 1], kInfinity);
        m_choice.assign(m_offset[nz + 1], -1);
        m_forward[cell(0, 0)] = 0;
        for (int i = 0; i <= nz; ++i) {
            for (int j = m_lo[i]; j <= m_hi[i]; ++j) {
                float &best = m_forward[cell(i, j)];
                for (int b = 0; b < int(m_beads.size()); ++b) {
                    const int pi = i - m_beads[b].zh, pj = j - m_beads[b].en;
                    if (!inBand(pi, pj))
                        continue;
                    const float from = m_forward[cell(pi, pj)];
                    if (from == kInfinity)
                        continue;
                    const float cost = from + beadCost(pi, pj, b);
                    if (cost < best)
                        best = cost, m_choice[cell(i, j)] = char(b);
                }
                if (best != kInfinity)
                    best += nodeCost(i, j);
            }
        }
    }

    // The best costs from every node to the end, for nodeConfidence(): as much work as
    // forward(), so done for the final alignment only.
    void backward()
    {
        const int nz = m_zh.size();
        const int ne = m_en.size();
        m_backward.assign(m_offset[nz + 1], kInfinity);
        m_backward[cell(nz, ne)] = 0;
        for (int i = nz; i >= 0; --i) {
            for (int j = m_hi[i]; j >= m_lo[i]; --j) {
                float &best = m_backward[cell(i, j)];
                for (int b = 0; b < int(m_beads.size()); ++b) {
                    const int ni = i + m_beads[b].zh, nj = j + m_beads[b].en;
                    if (!inBand(ni, nj) || m_backward[cell(ni, nj)] == kInfinity)
                        continue;
                    best = std::min(best, m_backward[cell(ni, nj)] + float(beadCost(i, j, b) + nodeCost(ni, nj)));
                }
            }
        }
    }

    // The best path's nodes from (0, 0) to the end.
    std::vector<std::pair<int, int>> path() const
    {
        std::vector<std::pair<int, int>> nodes;
        int i = m_zh.size(), j = m_en.size();
        nodes.emplace_back(i, j);
        while (i > 0 || j > 0) {
            const int b = m_choice[cell(i, j)];
            if (b < 0)
                return {};
            i -= m_beads[b].zh, j -= m_beads[b].en;
            nodes.emplace_back(i, j);
        }
        std::reverse(nodes.begin(), nodes.end());
        return nodes;
    }

    // Whether the path runs close to the band's edge, where a wider band might do better.
    bool touchesEdge(const std::vector<std::pair<int, int>> &nodes, int margin) const
    {
        for (const auto &[i, j] : nodes) {
            if ((m_lo[i] > 0 && j - m_lo[i] < margin) || (m_hi[i] < m_en.size() && m_hi[i] - j < margin))
                return true;
        }
        return false;
    }

    // How much more likely this node is than the others on the same row and column of
    // the band (best paths through each compared: max-marginals), as a share of 1.
    double nodeConfidence(int i, int j) const
    {
        const double best = double(m_forward[cell(i, j)]) + m_backward[cell(i, j)];
        double sum = 0;
        for (int k = m_lo[i]; k <= m_hi[i]; ++k)
            sum += std::exp(best - (double(m_forward[cell(i, k)]) + m_backward[cell(i, k)]));
        double rowSum = 0;
        for (int k = 0; k <= m_zh.size(); ++k) {
            if (inBand(k, j))
                rowSum += std::exp(best - (double(m_forward[cell(k, j)]) + m_backward[cell(k, j)]));
        }
        return std::min(1.0 / sum, 1.0 / rowSum);
    }

private:
    bool inBand(int i, int j) const { return i >= 0 && i <= m_zh.size() && j >= m_lo[i] && j <= m_hi[i]; }
    int cell(int i, int j) const { return m_offset[i] + (j - m_lo[i]); }

    double beadCost(int i, int j, int b) const
    {
        const Bead &bead = m_beads[b];
        // Units that end inside a bead are joined to the next one, as at a node where
        // only one side ends a unit.
        double cost = bead.prior;
        if (bead.zh > 1)
            cost += m_zhOnlyCost * (m_zh.cumulativeBoundaries[i + bead.zh - 1] - m_zh.cumulativeBoundaries[i])
                + kUnfinishedInside * (m_zh.cumulativeUnfinished[i + bead.zh - 1] - m_zh.cumulativeUnfinished[i]);
        if (bead.en > 1)
            cost += m_enOnlyCost * (m_en.cumulativeBoundaries[j + bead.en - 1] - m_en.cumulativeBoundaries[j])
                + kUnfinishedInside * (m_en.cumulativeUnfinished[j + bead.en - 1] - m_en.cumulativeUnfinished[j]);
        if (bead.zh == 0 || bead.en == 0) {
            const double length = bead.zh ? m_zh.sentences[i].length : m_en.sentences[j].length;
            return cost + std::min(4.0, length / 100);
        }
        const double zhLength = m_zh.cumulative[i + bead.zh] - m_zh.cumulative[i];
        const double enLength = m_en.cumulative[j + bead.en] - m_en.cumulative[j];
        cost += lengthCost(zhLength, enLength);
        const int zhCount = m_zh.cumulativeSentences[i + bead.zh] - m_zh.cumulativeSentences[i];
        const int enCount = m_en.cumulativeSentences[j + bead.en] - m_en.cumulativeSentences[j];
        cost += sentenceCountCost(zhCount * m_enSentencesPerZh, enCount);
        const int zhQuestions = m_zh.cumulativeQuestions[i + bead.zh] - m_zh.cumulativeQuestions[i];
        const int enQuestions = m_en.cumulativeQuestions[j + bead.en] - m_en.cumulativeQuestions[j];
        cost += kQuestionWeight * std::abs(zhQuestions - enQuestions);
        for (int z = i; z < i + bead.zh; ++z) {
            for (const int id : m_zh.sentences[z].anchors) {
                for (int e = j; e < j + bead.en; ++e) {
                    if (std::binary_search(m_en.sentences[e].anchors.begin(), m_en.sentences[e].anchors.end(), id)) {
                        cost -= kAnchorBonus * m_anchors.weight(id);
                        break;
                    }
                }
            }
        }
        if (m_lexicon || !m_glossWeights.empty()) {
            if (bead.zh == 1) {
                cost -= m_lexiconWeight * similarities(i, j, j + bead.en);
            } else {
                for (int e = j; e < j + bead.en; ++e) {
                    double best = 0;
                    for (int z = i; z < i + bead.zh; ++z)
                        best = std::max(best, similarities(z, e, e + 1));
                    cost -= m_lexiconWeight * best;
                }
            }
        }
        if (m_zh.sentences[i].reply) {
            for (int e = j; e < j + bead.en && m_en.sentences[e].reply; ++e)
                cost -= kReplyMatch;
        }
        const AlignUnit &zu = m_zhUnits.at(m_zh.sentences[i].unit);
        const AlignUnit &eu = m_enUnits.at(m_en.sentences[j].unit);
        if (zu.startMs && eu.startMs) // units far apart in time are not each other's
            cost += std::min(6.0, std::max(0.0, double(std::llabs(*zu.startMs - *eu.startMs) - 3000) / 2000));
        return cost;
    }

    // A unit ending on one side only joins units (1-2, 2-1); how unusual that is depends
    // on how much finer one side is cut than the other. A speaker change on one side only
    // is a wrong place for a pair to end.
    double nodeCost(int i, int j) const
    {
        const bool zb = m_zh.boundary[i], eb = m_en.boundary[j];
        if (zb && !eb)
            return m_zhOnlyCost + (m_zh.sentences[i - 1].unfinished ? kUnfinishedInside : 0);
        if (eb && !zb)
            return m_enOnlyCost + (m_en.sentences[j - 1].unfinished ? kUnfinishedInside : 0);
        if (!zb) // inside both sides' units
            return 0;
        double cost = 0;
        if (i > 0 && i < m_zh.size() && j > 0 && j < m_en.size() && m_en.sentences[j - 1].shortReply)
            cost += kShortSentenceAtEnd;
        if (m_zh.hasSpeakers && m_en.hasSpeakers) {
            if (m_zh.speakerChange[i] != m_en.speakerChange[j])
                cost += 2.0;
            else if (m_zh.speakerChange[i])
                cost -= 0.5;
        }
        return cost;
    }

    // The similarities of Chinese sentence z to English sentences from..to-1, summed: a
    // row of running sums per Chinese sentence over the English sentences its beads can
    // reach, computed once when first needed, makes a 1-k bead's sum two lookups.
    double similarities(int z, int from, int to) const
    {
        if (m_similarityFrom.empty())
            prepareSimilarity();
        const int first = m_similarityFrom[size_t(z)];
        if (from < first || to > first + m_similarityWidth[size_t(z)]) {
            double sum = 0;
            for (int e = from; e < to; ++e)
                sum += computeSimilarity(z, e);
            return sum;
        }
        const float *running = m_similarity.data() + m_similarityOffset[size_t(z)];
        if (!m_similarityReady[size_t(z)]) {
            float *row = m_similarity.data() + m_similarityOffset[size_t(z)];
            for (int k = 0; k < m_similarityWidth[size_t(z)]; ++k)
                row[k + 1] = row[k] + float(computeSimilarity(z, first + k));
            m_similarityReady[size_t(z)] = 1;
        }
        return double(running[to - first]) - running[from - first];
    }

    // How much of English sentence e Chinese sentence z accounts for: the words the
    // lexicon links, and the glosses they share.
    double computeSimilarity(int z, int e) const
    {
        const double lexical = m_lexicon ? m_lexicon->similarity(m_zh.sentences[z].words, m_en.sentences[e].words) : 0;
        const double glossed = Glossary::shared(m_zh.sentences[z].glosses, m_en.sentences[e].glosses, m_glossWeights);
        return lexical + kGlossWeight / m_lexiconWeight * std::min(kGlossCap, glossed);
    }

    // The English sentences a bead holding Chinese sentence z can start at lie in the
    // band of the rows up to kMaximumReach before it, and its last one a bead further.
    void prepareSimilarity() const
    {
        int zhReach = 1, enReach = 1;
        for (const Bead &bead : m_beads)
            zhReach = std::max(zhReach, bead.zh), enReach = std::max(enReach, bead.en);
        const int nz = m_zh.size(), ne = m_en.size();
        m_similarityFrom.assign(size_t(nz), 0);
        m_similarityWidth.assign(size_t(nz), 0);
        m_similarityOffset.assign(size_t(nz), 0);
        qint64 total = 0;
        for (int z = 0; z < nz; ++z) {
            int lo = m_lo[z], hi = m_hi[z];
            for (int i = std::max(0, z - zhReach + 1); i < z; ++i)
                lo = std::min(lo, m_lo[i]), hi = std::max(hi, m_hi[i]);
            hi = std::min(ne - 1, hi + enReach - 1);
            m_similarityFrom[size_t(z)] = lo;
            m_similarityWidth[size_t(z)] = std::max(0, hi - lo + 1);
            m_similarityOffset[size_t(z)] = total;
            total += m_similarityWidth[size_t(z)] + 1;
        }
        m_similarity.assign(size_t(total), 0.f);
        m_similarityReady.assign(size_t(nz), 0);
    }

public:
    double m_zhOnlyCost = 0, m_enOnlyCost = 0;
    const AlignLexicon *m_lexicon = nullptr;
    double m_lexiconWeight = kLexiconWeight;
    std::vector<float> m_glossWeights; // glossWeightsOf()

private:
    const SideSentences &m_zh, &m_en;
    const QList<AlignUnit> &m_zhUnits, &m_enUnits;
    const AlignAnchors &m_anchors;
    const std::vector<Bead> m_beads;
    double m_enSentencesPerZh = 1;
    std::vector<int> m_lo, m_hi, m_offset;
    std::vector<float> m_forward, m_backward;
    std::vector<char> m_choice;
    mutable std::vector<float> m_similarity; // per Chinese sentence, running sums
    mutable std::vector<char> m_similarityReady;
    mutable std::vector<int> m_similarityFrom, m_similarityWidth;
    mutable std::vector<qint64> m_similarityOffset;
};

// -log of the share of one side's unit ends that fall inside the other side's units.
// Where this side was cut into sentences because its units are the coarser (paragraphs
// against one sentence a line), one of its units ending inside a line of the other is
// almost unheard of: a translator keeps a paragraph's last sentence in it.
double oneSidedCost(const SideSentences &side, int units, int otherUnits)
{
    const double inside = units > otherUnits ? 1.0 - double(otherUnits) / units : 0.0;
    return -std::log(std::clamp(inside, side.split ? kCoarserEndsInside : kEndsInside, 0.95));
}

// The units whose sentences lie between two nodes of one side.
QList<int> unitsBetween(const SideSentences &side, int from, int to)
{
    QList<int> units;
    if (from < to) {
        for (int u = side.sentences[from].unit; u <= side.sentences[to - 1].unit; ++u)
            units.append(u);
    }
    return units;
}

// Per Glossary stem, what finding it on both sides of a pair is worth: its idf over the
// Chinese sentences, less kCommonGloss.
std::vector<float> glossWeightsOf(const SideSentences &zs)
{
    std::vector<int> sentencesWith;
    for (const Sentence &sentence : zs.sentences) {
        for (const int id : sentence.glosses) {
            if (size_t(id) >= sentencesWith.size())
                sentencesWith.resize(size_t(id) + 1, 0);
            ++sentencesWith[size_t(id)];
        }
    }
    std::vector<float> weights(sentencesWith.size(), 0.f);
    for (size_t id = 0; id < weights.size(); ++id) {
        if (sentencesWith[id])
            weights[id] = float(std::max(0.0, std::log(double(zs.size()) / sentencesWith[id]) - kCommonGloss));
    }
    return weights;
}

// The best path, the band widened until the path keeps clear of its edges.
std::unique_ptr<Lattice> search(const SideSentences &zs, const SideSentences &es, const QList<AlignUnit> &zh,
    const QList<AlignUnit> &en, const AlignAnchors &anchors, const AlignLexicon *lexicon, bool fromLibrary,
    bool glosses = true)
{
    const std::vector<float> glossWeights = glosses ? glossWeightsOf(zs) : std::vector<float>();
    for (int width = 48;; width *= 2) {
        auto lattice = std::make_unique<Lattice>(zs, es, zh, en, anchors, width);
        lattice->m_zhOnlyCost = oneSidedCost(zs, int(zh.size()), int(en.size()));
        lattice->m_enOnlyCost = oneSidedCost(es, int(en.size()), int(zh.size()));
        lattice->m_lexicon = lexicon;
        lattice->m_lexiconWeight = fromLibrary ? kLibraryLexiconWeight : kLexiconWeight;
        lattice->m_glossWeights = glossWeights;
        lattice->forward();
        const std::vector<std::pair<int, int>> nodes = lattice->path();
        const bool whole = width >= std::max(zs.size(), es.size());
        if (whole || (!nodes.empty() && !lattice->touchesEdge(nodes, width / 8)))
            return lattice;
    }
}

// The Chinese lengths measured again with the ratio of the neighbourhood, read off a
// first path: translators condense some passages (fillers, repetitions of speech) and
// not others, so one ratio for the whole text misplaces sentences where it is off.
SideSentences rescaled(const SideSentences &zs, const SideSentences &es, const std::vector<std::pair<int, int>> &nodes,
    const QList<AlignUnit> &units)
{
    SideSentences out = zs;
    if (nodes.empty())
        return out;
    // Per Chinese sentence, its length and the English length of its bead, counting only
    // beads with both sides: text left without partner says nothing about the ratio.
    const int n = zs.size();
    std::vector<double> zhPaired(n + 1, 0), enPaired(n + 1, 0);
    for (size_t k = 1; k < nodes.size(); ++k) {
        const auto [i0, j0] = nodes[k - 1];
        const auto [i1, j1] = nodes[k];
        if (i1 > i0 && j1 > j0) {
            zhPaired[i0 + 1] += zs.cumulative[i1] - zs.cumulative[i0];
            enPaired[i0 + 1] += es.cumulative[j1] - es.cumulative[j0];
        }
    }
    for (int i = 1; i <= n; ++i)
        zhPaired[i] += zhPaired[i - 1], enPaired[i] += enPaired[i - 1];
    for (int i = 0; i < n; ++i) {
        const int from = std::max(0, i - kRatioWindow), to = std::min(n, i + 1 + kRatioWindow);
        const double zhLength = zhPaired[to] - zhPaired[from];
        const double enLength = enPaired[to] - enPaired[from];
        const double factor = zhLength > 0 && enLength > 0 ? std::clamp(zhLength / enLength, 0.5, 2.0) : 1.0;
        out.sentences[i].length = zs.sentences[i].length / factor;
    }
    out.finish(units);
    return out;
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

} // namespace

QList<AlignedPair> LengthAligner::align(const QList<AlignUnit> &zh, const QList<AlignUnit> &en, const Options &options)
{
    if (zh.isEmpty() || en.isEmpty())
        return unpaired(int(zh.size()), int(en.size()));
    const double zhPerEn = options.zhPerEn > 0 ? options.zhPerEn : CharRatio::kDefault;
    AlignAnchors anchors;
    // The Chinese side first: its anchors decide which English words count.
    // The side cut coarser (paragraphs against one sentence a line) is cut into its
    // sentences, so that lengths are compared where the finer side's cuts fall.
    double zhLength = 0, enLength = 0;
    for (const AlignUnit &unit : zh)
        zhLength += CharRatio::countedLength(unit.text, Side::Zh) / zhPerEn;
    for (const AlignUnit &unit : en)
        enLength += CharRatio::countedLength(unit.text, Side::En);
    const double zhUnitLength = zhLength / zh.size(), enUnitLength = enLength / en.size();
    const bool splitZh = zhUnitLength > kCoarser * enUnitLength, splitEn = enUnitLength > kCoarser * zhUnitLength;
    AlignLexicon lexicon = options.lexicon ? *options.lexicon : AlignLexicon();
    const SideSentences zs = itemsOf(
        zh, Side::Zh, zhPerEn, [&](const QString &text) { return anchors.addZh(text); },
        [&](const QString &text) { return lexicon.zhKeys(text); }, splitZh, false);
    const SideSentences es = itemsOf(
        en, Side::En, 1.0, [&](const QString &text) { return anchors.matchEn(text); },
        [&](const QString &text) { return lexicon.enKeys(text); }, splitEn, splitZh);

    // A lexicon from the library's other documents helps from the first alignment on.
    const std::unique_ptr<Lattice> first
        = search(zs, es, zh, en, anchors, lexicon.isEmpty() ? nullptr : &lexicon, true);
    const SideSentences local = rescaled(zs, es, first->path(), zh);
    const std::unique_ptr<Lattice> second = search(local, es, zh, en, anchors, nullptr, false, false);
    // The words each side of the second alignment's beads share, learnt, and a third
    // alignment that uses them.
    const auto beadsOf = [&](const Lattice &aligned) {
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
    std::unique_ptr<Lattice> lattice
        = search(local, es, zh, en, anchors, lexicon.isEmpty() ? nullptr : &lexicon, bool(options.lexicon));
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
            pair.zh = unitsBetween(zs, start.first, i);
            pair.en = unitsBetween(es, start.second, j);
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

} // namespace bitext
