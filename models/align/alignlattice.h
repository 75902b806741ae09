#pragma once

#include "models/align/alignsentences.h"

#include <QList>

#include <utility>
#include <vector>

namespace bitext {

class AlignAnchors;
class AlignLexicon;

// The lattice of (Chinese sentences consumed, English sentences consumed) LengthAligner
// searches, in a band around the line where both sides have used the same share of
// their length. A step (a bead) pairs a few sentences of one side with a few of the
// other, and costs what makes such a pair unlikely: lengths that differ (Gale and
// Church), anchors, words and glosses that do not meet, sentence counts and questions
// that differ, a unit ending on one side only, a reply in the wrong place.
class AlignLattice
{
public:
    // Where the two sides end together, or one translates only the beginning of the
    // other, which may then end anywhere, the rest of it left without partner.
    enum class Ending { Together, ChineseRunsOn, EnglishRunsOn };

    // What depends on the two texts as a whole (LengthAligner decides).
    struct Costs
    {
        Ending ending = Ending::Together;
        double zhOnly = 0; // a Chinese unit ending where no English one does
        double enOnly = 0;
        const AlignLexicon *lexicon = nullptr; // may be null
        double lexiconWeight = 1; // per unit of AlignLexicon::similarity
        std::vector<float> glossWeights; // AlignSentences::glossWeights(); empty: none
    };

    AlignLattice(const AlignSentences &zh, const AlignSentences &en, const QList<AlignUnit> &zhUnits,
        const QList<AlignUnit> &enUnits, const AlignAnchors &anchors, Costs costs, int width);

    // The best path's costs (and choices) to every node.
    void forward();
    // The best costs from every node to the end, for nodeConfidence(): as much work as
    // forward(), so done for the final alignment only.
    void backward();
    // The best path's nodes from (0, 0) to the end (where one side runs on, the best of
    // the nodes where the other ends); empty when the band holds none.
    std::vector<std::pair<int, int>> path() const;
    // Whether the path runs close to the band's edge, where a wider band might do better.
    bool touchesEdge(const std::vector<std::pair<int, int>> &nodes, int margin) const;
    // How much more likely this node is than the others on the same row and column of
    // the band (best paths through each compared: max-marginals), as a share of 1.
    double nodeConfidence(int i, int j) const;

private:
    struct Bead
    {
        int zh, en;
        float prior;
        bool replyFirst = false; // its first English sentence is a short reply
    };
    static std::vector<Bead> beadsFor(int zhUnits, int enUnits);

    bool isEnd(int i, int j) const;
    bool inBand(int i, int j) const { return i >= 0 && i <= m_zh.size() && j >= m_lo[i] && j <= m_hi[i]; }
    int cell(int i, int j) const { return m_offset[i] + (j - m_lo[i]); }
    double beadCost(int i, int j, int b) const;
    double nodeCost(int i, int j) const;
    double repliesInside(int from, int to) const;
    double similarities(int z, int from, int to) const;
    double computeSimilarity(int z, int e) const;
    void prepareSimilarity() const;

    const AlignSentences &m_zh, &m_en;
    const QList<AlignUnit> &m_zhUnits, &m_enUnits;
    const AlignAnchors &m_anchors;
    const Costs m_costs;
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

} // namespace bitext
