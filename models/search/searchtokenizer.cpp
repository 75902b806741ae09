#include "models/search/searchtokenizer.h"

#include <QChar>
#include <QStringList>

namespace bitext {

namespace {

// A private-use character: FTS5's unicode61 tokenizer keeps it as a token
// (category Co) while the tokenizer below never emits it from user text.
const char16_t kBarrier = 0xE000;

enum class CharClass { Single, Word, Barrier, Joiner, Space };

bool isSingleCharacterScript(char32_t cp)
{
    switch (QChar::script(cp)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return false;
    }
}

CharClass classify(char32_t cp)
{
    if (isSingleCharacterScript(cp))
        return CharClass::Single;
    if (QChar::isLetterOrNumber(cp) || QChar::isMark(cp))
        return CharClass::Word;
    if (QChar::isPunct(cp)) {
        // Inside a word (don't, e-mail, 3.5) these split the word but are no barrier.
        if (cp == u'\'' || cp == 0x2019 || cp == u'-' || cp == u'.' || cp == u'_')
            return CharClass::Joiner;
        return CharClass::Barrier;
    }
    return CharClass::Space;
}

// Walks normalised text and calls onToken(start, end, barrier) for each token in order:
// tokenize() keeps them with their positions, indexText() writes them out at once.
template<typename Emit> void scanTokens(QStringView text, Emit &&onToken)
{
    bool pendingBarrier = false;
    bool any = false;
    int wordStart = -1;
    const int n = int(text.size());
    const QChar *units = text.data();

    auto emitToken = [&](int start, int end) {
        if (pendingBarrier && any)
            onToken(start, start, true);
        pendingBarrier = false;
        any = true;
        onToken(start, end, false);
    };
    auto endWord = [&](int end) {
        if (wordStart >= 0)
            emitToken(wordStart, end);
        wordStart = -1;
    };

    int i = 0;
    while (i < n) {
        const bool pair = units[i].isHighSurrogate() && i + 1 < n && units[i + 1].isLowSurrogate();
        const int length = pair ? 2 : 1;
        const char32_t cp = pair ? QChar::surrogateToUcs4(units[i], units[i + 1]) : units[i].unicode();
        CharClass kind = classify(cp);
        if (kind == CharClass::Joiner) {
            // A joiner between two letters of a word; anywhere else it is punctuation.
            const bool nextIsWord = i + length < n && classify(units[i + length].unicode()) == CharClass::Word;
            kind = wordStart >= 0 && nextIsWord ? CharClass::Space : CharClass::Barrier;
        }
        switch (kind) {
        case CharClass::Word:
            if (wordStart < 0)
                wordStart = i;
            break;
        case CharClass::Single:
            endWord(i);
            emitToken(i, i + length);
            break;
        case CharClass::Barrier:
            endWord(i);
            pendingBarrier = true;
            break;
        case CharClass::Joiner:
        case CharClass::Space:
            endWord(i);
            break;
        }
        i += length;
    }
    endWord(n);
}

} // namespace

QString SearchTokenizer::barrierText()
{
    return QString(QChar(kBarrier));
}

QList<SearchToken> SearchTokenizer::tokenize(const NormalizedText &normalized)
{
    const QString &text = normalized.text;
    QList<SearchToken> tokens;
    scanTokens(text, [&](int start, int end, bool barrier) {
        tokens.append(barrier ? SearchToken {barrierText(), start, start, true}
                              : SearchToken {text.mid(start, end - start), start, end, false});
    });
    return tokens;
}

void SearchTokenizer::appendSpans(QStringView text, std::vector<TokenSpan> &out)
{
    // A barrier is an empty span (every other token has text).
    scanTokens(text, [&](int start, int end, bool barrier) {
        out.push_back(TokenSpan {start, barrier ? start : end});
    });
}

QStringView SearchTokenizer::spanText(QStringView text, const TokenSpan &span)
{
    static const char16_t barrier = kBarrier;
    return span.isBarrier() ? QStringView(&barrier, 1) : text.mid(span.start, span.end - span.start);
}

QString SearchTokenizer::indexText(const QString &original)
{
    // The same tokens as tokenize(), written straight into the result: indexing
    // needs neither their positions nor a list of them.
    const QString text = TextNormalizer::instance().fold(original);
    QString result;
    result.reserve(text.size() * 2);
    scanTokens(text, [&](int start, int end, bool barrier) {
        if (!result.isEmpty())
            result += QLatin1Char(' ');
        if (barrier)
            result += QChar(kBarrier);
        else
            result.append(text.constData() + start, end - start);
    });
    return result;
}

} // namespace bitext
