#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace bitext {

// Which English words go with which Chinese character pairs, learnt from the text being
// aligned itself: a first alignment by length is mostly right, so words that keep
// turning up on both sides of its pairs (对齐 with "alignment", 关心 with "care") are
// each other's translations (Dice's coefficient over the pairs). A second alignment then
// puts a sentence whose length fits either neighbour with the one that shares its words.
// No dictionary is shipped or needed: it works for any subject the talk is about. The
// library's other bilingual documents, paired right, teach it too (learnTexts).
class AlignLexicon
{
public:
    // Keys of one sentence: Han character pairs and Latin words (Chinese side), words of
    // three or more letters, lowercased, without the commonest (English side). Ids.
    QList<int> zhKeys(const QString &text);
    QList<int> enKeys(const QString &text);

    // Learns from pairs of key lists (each pair: the Chinese keys and English keys of
    // one bead of a first alignment), on top of what it learnt before.
    void learn(const std::vector<std::pair<QList<int>, QList<int>>> &pairs);
    // Learns from texts already paired (a library's bilingual segments).
    void learnTexts(const QList<std::pair<QString, QString>> &pairs);
    bool isEmpty() const { return m_links.isEmpty(); }

    // How much of an English sentence's wording a Chinese sentence accounts for: the sum,
    // over its words, of the best association with a key of the Chinese sentence.
    // zhSorted must be sorted.
    double similarity(const QList<int> &zhSorted, const QList<int> &en) const;

private:
    int idOf(const QString &key);

    QHash<QString, int> m_ids;
    QHash<int, int> m_zhCount, m_enCount; // pairs each key occurs in
    QHash<quint64, int> m_together; // (English key, Chinese key) -> pairs with both
    QHash<int, QList<QPair<int, float>>> m_links; // English key -> (Chinese key, association)
};

} // namespace bitext
