#pragma once

#include <QString>

namespace bitext {

// English words too common to tell one sentence from another ("the", "think", "yeah"):
// neither the lexicon nor the glossary links them to anything.
class CommonWords
{
public:
    // word: lowercased.
    static bool contains(const QString &word);
};

} // namespace bitext
