#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace bitext {

// What each Han character means in English, from the Unicode Consortium's Unihan
// database (kDefinition, Debian's unicode-data): 脑 "brain", 波 "waves", 德 "ethics,
// morality, virtue". A character's gloss is not a word's translation, but a sentence
// and its translation share enough of them (脑电波 and "brain waves", 道德的基础 and
// "the foundation of morality") to tell which of two neighbours a sentence belongs to.
class Glossary
{
public:
    // The glossary built into the program (empty when it was built without Unihan).
    static const Glossary &builtIn();
    // Takes Unihan's kDefinition lines, each a code point ("U+8111"), a tab and the
    // definition; other lines are skipped.
    void load(const QByteArray &lines);
    bool isEmpty() const { return m_glosses.isEmpty(); }

    // The stems of the glosses of a Chinese text's characters, and of an English text's
    // words that some gloss has: sorted ids, each once.
    QList<int> zhStems(const QString &text) const;
    QList<int> enStems(const QString &text) const;
    // What two sorted lists share, each id weighing weights[id] (0 past its end).
    static double shared(const QList<int> &a, const QList<int> &b, const std::vector<float> &weights);

private:
    int idOf(const QString &stem);

    QHash<QString, int> m_ids;
    QHash<char32_t, QList<int>> m_glosses;
};

} // namespace bitext
