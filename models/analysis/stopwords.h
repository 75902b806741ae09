#pragma once

#include "models/domain/segment.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace bitext {

// The words a word frequency leaves out: a Chinese and an English list. Bitext ships a
// small list of its own for each (resources/stopwords/*.txt); the user edits them, and
// the edited lists are kept in the preferences so the window and `bitext report` leave
// out the same words. Words are compared folded (WordBreaker::fold), so a Traditional
// or capitalised form of a stop word is one too.
class StopWords
{
public:
    // The lists in use now: the user's, else the built-in ones.
    static StopWords current();
    // The built-in list of one language, in file order.
    static QStringList defaults(Side side);
    // The list in use for one language, as the user edits it.
    static QStringList list(Side side);
    // Keeps the user's list (trimmed, without empty lines and repeats); the built-in list
    // itself is stored as "no list of one's own".
    static void setList(Side side, const QStringList &words);
    static void resetToDefaults();

    StopWords() = default;
    StopWords(const QStringList &zh, const QStringList &en);
    // `word` is folded already (a WordToken's word).
    bool contains(const QString &word) const { return m_words.contains(word); }
    bool isEmpty() const { return m_words.isEmpty(); }

private:
    QSet<QString> m_words;
};

} // namespace bitext
