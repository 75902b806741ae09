#include "models/align/alignlattice.h"

#include "models/align/alignanchors.h"
#include "models/align/alignlexicon.h"
#include "models/align/glossary.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bitext {

namespace {

constexpr float kInfinity = std::numeric_limits<float>::infinity();

// Besides lengths, a bead costs what its joins cost (a unit ending on one side only),
// plus for 2-2 the -log of how rare it is (Gale and Church's priors).
constexpr float kTwoTwoPrior = 1.5f;
constexpr float kUnpairedPrior = 4.5f;
// The most units a bead joins on one side: a few when both sides are cut alike, more
// when one side is cut much finer (one sentence a line against paragraphs).
constexpr int kMinimumReach = 3;
constexpr int kMaximumReach = 40;

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
// A reply ("Yeah.", "Oh, good.", AlignSentence::opensTurn) opens a turn four to six
// times as often as it stands inside one on the seeds: where English sentences are
// paired with Chinese paragraphs, a pair it stands inside costs this much more (on the
// seeds, one sentence a line: 000 85% -> 88%, 001 unchanged).
constexpr double kReplyInside = 1.5;
// A reply right after a question ("What would it take for you?" "Wait, you…") is an
// answer, and opened a turn every time on the seeds (16 of 16): standing inside a pair,
// it costs this much more again (000 91% -> 92%).
constexpr double kAnswerInside = 2.0;
// Any short English sentence ("Sure.", "Thanks for joining.", AlignSentence::shortReply)
// ends a pair a little less often than it opens one, and has no length to place it by: a
// pair ending on one costs this much more (on the seeds, one sentence a line: 000 89% ->
// 91% at this rather than 1.0; 0.7 to 0.9 give the same, 0.5 or 1.5 less). Text cut
// alike gives a short line its own partner.
constexpr double kShortSentenceAtEnd = 0.8;
// Where only the Chinese names speakers, its paragraphs say where the English turns and
// paragraphs begin. An English sentence opening with a discourse marker ("And so…",
// "Um, I think…", AlignSentence::marked) opens a new speaker's turn a fifth of the time,
// and other sentences a third to a half: a pair ending where the Chinese speaker changes
// and the next English sentence is marked costs this much more (on the seeds, one
// sentence a line: 001 96% -> 97%, 000 unchanged).
constexpr double kMarkedTurnChange = 0.5;
// A speaker carrying on in a new paragraph opens it with a marker 75% (000) and 93% (001)
// of the time, or with a reply ("What?", "Yeah."): a pair ending where the same Chinese
// speaker goes on and the next English sentence is neither costs this much more (000 92%
// -> 94%; 0.7 to 1.5 give the same).
constexpr double kUnmarkedParagraph = 1.0;
// A line that breaks off without a sentence end ("So I'm I'm", "Yeah, I did") is where a
// speaker was interrupted or trailed off: a turn ends there. Where a side's units mostly
// end a sentence, a pair that runs on past one that does not costs this much more, on
// either side. (Text broken mid-sentence everywhere, as captions are, says nothing by it.)
constexpr double kUnfinishedInside = 8.0;

// What a gloss of the Chinese side (Glossary) found among the English words of its pair
// is worth, weighted by how rare the gloss is in the text (AlignSentences::glossWeights),
// and how much of that one English sentence may earn at most (a long sentence shares
// some glosses by chance).
// On the seeds, one sentence a line: 000 79% -> 81%, and 83% -> 85% at this weight
// (0.2 before), with comparatives stemmed and fewer words ignored.
constexpr double kGlossWeight = 0.6;
constexpr double kGlossCap = 4.0;
// What a pair that opens with a reply on both sides is worth, per English reply: one
// Chinese reply stands for "Yeah. Yeah." (on the seeds, one sentence a line: 000 77% ->
// 79%, 001 90% -> 91%, and 95% -> 96% once it counts every English reply).
constexpr double kReplyMatch = 4.0;
// The costs are sharper than -log probabilities (the rules for replies, broken lines and
// paragraph ends are near certainties where they apply), so read as such they make a
// close call look sure. Divided by this first, a node's margin over its neighbours gives
// a confidence the review list can use (on the seeds, one sentence a line: it lists 6 of
// 22 wrong pairs rather than 2, and 19 of 275 right ones rather than 7).
constexpr double kConfidenceTemperature = 3.0;

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

} // namespace

// The pairings of units (beads) tried.
std::vector<AlignLattice::Bead> AlignLattice::beadsFor(int zhUnits, int enUnits)
{
    const double finer = double(std::max(zhUnits, enUnits)) / std::max(1, std::min(zhUnits, enUnits));
    const int reach = std::clamp(int(std::ceil(3 * finer)), kMinimumReach, kMaximumReach);
    std::vector<Bead> beads {{1, 1, 0}, {2, 2, kTwoTwoPrior}, {1, 0, kUnpairedPrior}, {0, 1, kUnpairedPrior}};
    for (int k = 2; k <= reach; ++k) {
        beads.push_back({1, k, 0});
        beads.push_back({k, 1, 0});
    }
    // A reply the translation dropped ("Yeah." before a long sentence that several
    // Chinese ones translate) rides with the bead it opens.
    for (int k = 2; k <= reach; ++k)
        beads.push_back({k, 2, 0, true});
    return beads;
}

AlignLattice::AlignLattice(const AlignSentences &zh, const AlignSentences &en, const QList<AlignUnit> &zhUnits,
    const QList<AlignUnit> &enUnits, const AlignAnchors &anchors, Costs costs, int width)
    : m_zh(zh)
    , m_en(en)
    , m_zhUnits(zhUnits)
    , m_enUnits(enUnits)
    , m_anchors(anchors)
    , m_costs(std::move(costs))
    , m_beads(beadsFor(zh.size() ? zh.sentences.back().unit + 1 : 0, en.size() ? en.sentences.back().unit + 1 : 0))
{
    const int nz = zh.size(), ne = en.size();
    const double zhTotal = std::max(1e-9, zh.cumulative[nz]);
    const double enTotal = en.cumulative[ne];
    const bool together = m_costs.ending == Ending::Together;
    // Where one side runs on, it has more text than the other translates: sentences are
    // counted per length, and the band follows the lengths as they are (the Chinese
    // side's are in English characters), not stretched to end where the other ends.
    m_enSentencesPerZh = together
        ? double(en.cumulativeSentences[ne]) / std::max(1, zh.cumulativeSentences[nz])
        : (en.cumulativeSentences[ne] / std::max(1.0, enTotal)) / (zh.cumulativeSentences[nz] / zhTotal);
    m_lo.resize(nz + 1);
    m_hi.resize(nz + 1);
    for (int i = 0; i <= nz; ++i) {
        const double target = together ? zh.cumulative[i] / zhTotal * enTotal : zh.cumulative[i];
        int center = int(std::lower_bound(en.cumulative.begin(), en.cumulative.end(), target) - en.cumulative.begin());
        if (i == nz && together)
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

void AlignLattice::forward()
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

void AlignLattice::backward()
{
    const int nz = m_zh.size();
    m_backward.assign(m_offset[nz + 1], kInfinity);
    for (int i = nz; i >= 0; --i) {
        for (int j = m_hi[i]; j >= m_lo[i]; --j) {
            float &best = m_backward[cell(i, j)];
            if (isEnd(i, j))
                best = 0;
            for (int b = 0; b < int(m_beads.size()); ++b) {
                const int ni = i + m_beads[b].zh, nj = j + m_beads[b].en;
                if (!inBand(ni, nj) || m_backward[cell(ni, nj)] == kInfinity)
                    continue;
                best = std::min(best, m_backward[cell(ni, nj)] + float(beadCost(i, j, b) + nodeCost(ni, nj)));
            }
        }
    }
}

// Where a path may end: where both sides do, or where the side that does not run on
// ends and the other ends a unit.
bool AlignLattice::isEnd(int i, int j) const
{
    switch (m_costs.ending) {
    case Ending::Together:
        return i == m_zh.size() && j == m_en.size();
    case Ending::ChineseRunsOn:
        return j == m_en.size() && m_zh.boundary[i] && i > 0;
    case Ending::EnglishRunsOn:
        return i == m_zh.size() && m_en.boundary[j] && j > 0;
    }
    return false;
}

std::vector<std::pair<int, int>> AlignLattice::path() const
{
    std::vector<std::pair<int, int>> nodes;
    int i = m_zh.size(), j = m_en.size();
    if (m_costs.ending != Ending::Together) {
        float best = kInfinity;
        for (int k = 0; k <= m_zh.size(); ++k) {
            for (int l = m_lo[k]; l <= m_hi[k]; ++l) {
                if (isEnd(k, l) && m_forward[cell(k, l)] < best)
                    best = m_forward[cell(k, l)], i = k, j = l;
            }
        }
        if (best == kInfinity)
            return {};
    }
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

bool AlignLattice::touchesEdge(const std::vector<std::pair<int, int>> &nodes, int margin) const
{
    for (const auto &[i, j] : nodes) {
        if ((m_lo[i] > 0 && j - m_lo[i] < margin) || (m_hi[i] < m_en.size() && m_hi[i] - j < margin))
            return true;
    }
    return false;
}

double AlignLattice::nodeConfidence(int i, int j) const
{
    const double best = (double(m_forward[cell(i, j)]) + m_backward[cell(i, j)]) / kConfidenceTemperature;
    double sum = 0;
    for (int k = m_lo[i]; k <= m_hi[i]; ++k)
        sum += std::exp(best - (double(m_forward[cell(i, k)]) + m_backward[cell(i, k)]) / kConfidenceTemperature);
    double rowSum = 0;
    for (int k = 0; k <= m_zh.size(); ++k) {
        if (inBand(k, j))
            rowSum
                += std::exp(best - (double(m_forward[cell(k, j)]) + m_backward[cell(k, j)]) / kConfidenceTemperature);
    }
    return std::min(1.0 / sum, 1.0 / rowSum);
}

double AlignLattice::beadCost(int i, int j, int b) const
{
    const Bead &bead = m_beads[b];
    if (bead.replyFirst && !(m_en.sentences[j].shortReply && m_en.sentences[j].opensTurn))
        return kInfinity;
    // Units that end inside a bead are joined to the next one, as at a node where
    // only one side ends a unit.
    double cost = bead.prior;
    if (bead.zh > 1)
        cost += m_costs.zhOnly * (m_zh.cumulativeBoundaries[i + bead.zh - 1] - m_zh.cumulativeBoundaries[i])
            + kUnfinishedInside * (m_zh.cumulativeUnfinished[i + bead.zh - 1] - m_zh.cumulativeUnfinished[i]);
    if (bead.en > 1)
        cost += m_costs.enOnly * (m_en.cumulativeBoundaries[j + bead.en - 1] - m_en.cumulativeBoundaries[j])
            + kUnfinishedInside * (m_en.cumulativeUnfinished[j + bead.en - 1] - m_en.cumulativeUnfinished[j])
            + repliesInside(j + 1, j + bead.en);
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
    if (m_costs.lexicon || !m_costs.glossWeights.empty()) {
        if (bead.zh == 1) {
            cost -= m_costs.lexiconWeight * similarities(i, j, j + bead.en);
        } else {
            for (int e = j; e < j + bead.en; ++e) {
                double best = 0;
                for (int z = i; z < i + bead.zh; ++z)
                    best = std::max(best, similarities(z, e, e + 1));
                cost -= m_costs.lexiconWeight * best;
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

// What the English sentences from..to-1 cost standing inside a pair: replies open turns,
// answers all the more.
double AlignLattice::repliesInside(int from, int to) const
{
    return kReplyInside * (m_en.cumulativeOpensTurn[to] - m_en.cumulativeOpensTurn[from])
        + kAnswerInside * (m_en.cumulativeAnswers[to] - m_en.cumulativeAnswers[from]);
}

// A unit ending on one side only joins units (1-2, 2-1); how unusual that is depends
// on how much finer one side is cut than the other. A speaker change on one side only
// is a wrong place for a pair to end.
double AlignLattice::nodeCost(int i, int j) const
{
    const bool zb = m_zh.boundary[i], eb = m_en.boundary[j];
    if (zb && !eb)
        return m_costs.zhOnly + (i > 0 && m_zh.sentences[i - 1].unfinished ? kUnfinishedInside : 0);
    if (eb && !zb)
        return m_costs.enOnly + (j > 0 && m_en.sentences[j - 1].unfinished ? kUnfinishedInside : 0)
            + repliesInside(j, std::min(j + 1, m_en.size()));
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
    } else if (m_zh.hasSpeakers && m_zh.speakerChange[i] && j < m_en.size() && m_en.sentences[j].marked) {
        cost += kMarkedTurnChange;
    } else if (m_zh.hasSpeakers && !m_zh.speakerChange[i] && i > 0 && i < m_zh.size() && j < m_en.size()
        && !m_en.sentences[j].marked && !m_en.sentences[j].opensTurn) {
        cost += kUnmarkedParagraph;
    }
    return cost;
}

// The similarities of Chinese sentence z to English sentences from..to-1, summed: a
// row of running sums per Chinese sentence over the English sentences its beads can
// reach, computed once when first needed, makes a 1-k bead's sum two lookups.
double AlignLattice::similarities(int z, int from, int to) const
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
double AlignLattice::computeSimilarity(int z, int e) const
{
    const double lexical
        = m_costs.lexicon ? m_costs.lexicon->similarity(m_zh.sentences[z].words, m_en.sentences[e].words) : 0;
    const double glossed = Glossary::shared(m_zh.sentences[z].glosses, m_en.sentences[e].glosses, m_costs.glossWeights);
    return lexical + kGlossWeight / m_costs.lexiconWeight * std::min(kGlossCap, glossed);
}

// The English sentences a bead holding Chinese sentence z can start at lie in the
// band of the rows up to kMaximumReach before it, and its last one a bead further.
void AlignLattice::prepareSimilarity() const
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

} // namespace bitext
