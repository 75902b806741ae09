#pragma once

#include <QString>

#include <vector>

namespace bitext {

// Which of the two Chinese scripts a text is written in; Unknown when none of its
// characters tells (大家好 is both, English is neither).
enum class ChineseScript { Unknown, Simplified, Traditional };

// Traditional and Simplified Chinese characters, from OpenCC's tables applied character
// by character: the Traditional -> Simplified fold that search uses, and the rule that
// tells Traditional text from Simplified, so it can be drawn with its own glyph forms.
class HanVariants
{
public:
    // The shared instance (two 128 KiB tables, filled from the built-in pairs).
    static const HanVariants &instance();

    QChar simplified(QChar c) const { return QChar(m_t2s[c.unicode()]); }
    // The character's Traditional form, character by character (the word breaker's use:
    // ICU's dictionary knows more words in Traditional form).
    QChar traditional(QChar c) const { return QChar(m_s2t[c.unicode()]); }
    // Characters that Traditional -> Simplified conversion changes (這, 對).
    int traditionalCount(const QString &text) const;
    // Characters that Simplified -> Traditional conversion changes (这, 对).
    int simplifiedCount(const QString &text) const;
    // Text is Traditional when converting it to Simplified changes it, and more of its
    // characters are Traditional-only than Simplified-only: a stray 認為 in a Simplified
    // paragraph, or 后 (also a Traditional character) in a Traditional one, does not
    // decide it. Simplified when converting to Traditional changes more of it.
    ChineseScript script(const QString &text) const;
    bool isTraditional(const QString &text) const { return script(text) == ChineseScript::Traditional; }

private:
    HanVariants();

    std::vector<char16_t> m_t2s;
    std::vector<char16_t> m_s2t;
};

} // namespace bitext
