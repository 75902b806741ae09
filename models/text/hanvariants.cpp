#include "models/text/hanvariants.h"

#include <cstddef>

namespace bitext {

namespace {

// kTraditionalToSimplified and kSimplifiedToTraditional: the characters that OpenCC's
// t2s and s2t configurations change, character by character, as (from, to) pairs,
// computed at build time (models/text/tables/hanvariantstables.cpp says why).
#include "hanvariantstables.inc"

template<size_t N> std::vector<char16_t> characterTable(const char16_t (&pairs)[N][2])
{
    std::vector<char16_t> table(0x10000);
    for (size_t i = 0; i < table.size(); ++i)
        table[i] = char16_t(i);
    for (const auto &pair : pairs)
        table[pair[0]] = pair[1];
    return table;
}

int changedCount(const std::vector<char16_t> &table, const QString &text)
{
    int count = 0;
    for (const QChar c : text) {
        if (table[c.unicode()] != c.unicode())
            ++count;
    }
    return count;
}

} // namespace

const HanVariants &HanVariants::instance()
{
    static const HanVariants variants;
    return variants;
}

HanVariants::HanVariants()
    : m_t2s(characterTable(kTraditionalToSimplified))
    , m_s2t(characterTable(kSimplifiedToTraditional))
{
}

int HanVariants::traditionalCount(const QString &text) const
{
    return changedCount(m_t2s, text);
}

int HanVariants::simplifiedCount(const QString &text) const
{
    return changedCount(m_s2t, text);
}

ChineseScript HanVariants::script(const QString &text) const
{
    const int traditional = traditionalCount(text);
    const int simplified = simplifiedCount(text);
    if (traditional == 0 && simplified == 0)
        return ChineseScript::Unknown;
    return traditional > simplified ? ChineseScript::Traditional : ChineseScript::Simplified;
}

} // namespace bitext
