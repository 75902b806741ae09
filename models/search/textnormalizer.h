#pragma once

#include <QString>
#include <QVector>

#include <memory>

namespace bitext {

// Text folded for searching, with the way back: for each UTF-16 unit of `text`,
// the range [originalStart, originalEnd) of the original text it came from.
struct NormalizedText
{
    QString text;
    QVector<int> originalStart;
    QVector<int> originalEnd;
};

// Folds text so that equivalent spellings search alike: NFKC case folding (ICU:
// letter case, full-width/half-width, compatibility forms) then Traditional to
// Simplified, character by character (OpenCC t2s, see HanVariants). Indexed text and queries go
// through the same folding.
class TextNormalizer
{
public:
    // The shared instance; loading OpenCC's dictionaries is too slow to repeat.
    // Throws Error when ICU or OpenCC data are missing.
    static const TextNormalizer &instance();
    ~TextNormalizer();

    NormalizedText normalize(const QString &text) const;
    // Only the folded text (the same as normalize(text).text), for callers that need
    // no offsets: without them it is several times faster.
    QString fold(const QString &text) const;

private:
    TextNormalizer();
    template<typename Sink> void caseFold(const QString &text, Sink &&out) const;
    void toSimplified(QString &text) const;

    struct Private;
    std::unique_ptr<Private> m_d;
};

} // namespace bitext
