#pragma once

#include <QString>

#include <vector>

namespace bitext {

// Traditional and Simplified Chinese characters, from OpenCC's tables applied character
// by character: the Traditional -> Simplified fold that search uses, and the rule that
// tells Traditional text from Simplified, so it can be drawn with its own glyph forms.
class HanVariants
{
public:
    // The shared instance; loading OpenCC's dictionaries is too slow to repeat.
    // Throws Error when OpenCC's data are missing.
    static const HanVariants &instance();

    QChar simplified(QChar c) const { return QChar(m_t2s[c.unicode()]); }
    // Characters that Traditional -> Simplified conversion changes (這, 對).
    int traditionalCount(const QString &text) const;
    // Characters that Simplified -> Traditional conversion changes (这, 对).
    int simplifiedCount(const QString &text) const;
    // Text is Traditional when converting it to Simplified changes it, and more of its
    // characters are Traditional-only than Simplified-only: a stray 認為 in a Simplified
    // paragraph, or 后 (also a Traditional character) in a Traditional one, does not
    // decide it.
    bool isTraditional(const QString &text) const;

private:
    HanVariants();

    std::vector<char16_t> m_t2s;
    std::vector<char16_t> m_s2t;
};

} // namespace bitext
