#pragma once

#include "models/align/alignunit.h"
#include "models/domain/segment.h"

#include <QList>

#include <utility>
#include <vector>

namespace bitext {

class AlignAnchors;
class AlignLexicon;

// One item of a side as LengthAligner's lattice sees it: a unit, or one sentence of a
// unit when that side is the coarser and was cut.
struct AlignSentence
{
    double length = 0; // counted characters; English-equivalent for the Chinese side
    int sentences = 1; // how many sentences SentenceSplitter finds in it
    int unit = 0;
    QList<int> anchors;
    int questions = 0; // question marks, which translations keep
    QList<int> words; // AlignLexicon keys, sorted
    bool shortReply = false; // English, cut finer than the Chinese, of a few words
    bool unfinished = false; // the last of its unit, and no sentence end closes it
    QList<int> glosses {}; // Glossary stems
    bool reply = false; // opens with a reply word ("Yeah.", "好的，")
    // English, cut finer than the Chinese: a reply that opens a turn ("Yeah.", "Oh,
    // good."), the first of a run of them
    bool opensTurn = false;
    bool answers = false; // opens a turn right after a question ("…for you?" "Wait, …")
    bool marked = false; // English: opens with a discourse marker ("And", "Um", "So")
};

// One side cut into sentences that remember their unit, with running sums per node
// (the place before sentence i, 0..n) for the lattice's costs; a unit with no text keeps
// an empty sentence so that every unit has a place in the lattice.
struct AlignSentences
{
    std::vector<AlignSentence> sentences;
    std::vector<char> boundary; // per node: a unit starts or ends here
    std::vector<char> speakerChange; // per node: the speaker differs across it
    std::vector<double> cumulative; // per node: length before it
    std::vector<int> cumulativeSentences; // per node: sentences before it
    std::vector<int> cumulativeQuestions;
    std::vector<int> cumulativeBoundaries; // per node: unit boundaries at nodes 1..it
    std::vector<int> cumulativeUnfinished; // per node: unfinished sentences before it
    std::vector<int> cumulativeOpensTurn; // per node: sentences before it that open a turn
    std::vector<int> cumulativeAnswers; // per node: sentences before it that answer
    bool hasSpeakers = false;
    bool hasTimes = false;
    bool split = false; // its units were cut into sentences, being the coarser

    // One side's units, lengths in English characters (lengthScale: characters per
    // English one); `split`: cut into sentences; `replies`: the English side, cut finer
    // than the Chinese, whose short sentences are marked.
    static AlignSentences of(const QList<AlignUnit> &units, Side side, double lengthScale, AlignAnchors &anchors,
        AlignLexicon &lexicon, bool split, bool replies);

    int size() const { return int(sentences.size()); }
    // The running sums, after the sentences change.
    void finish(const QList<AlignUnit> &units);

    // This (Chinese) side's lengths measured again with the ratio of the neighbourhood,
    // read off a first path through the lattice against `other`.
    AlignSentences rescaled(const AlignSentences &other, const std::vector<std::pair<int, int>> &nodes,
        const QList<AlignUnit> &units) const;
    // The units whose sentences lie between two nodes.
    QList<int> unitsBetween(int from, int to) const;
    // Per Glossary stem, what finding it on both sides of a pair is worth: its idf over
    // these (Chinese) sentences, less a constant that leaves common glosses nothing.
    std::vector<float> glossWeights() const;
};

} // namespace bitext
