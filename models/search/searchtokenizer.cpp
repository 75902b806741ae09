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

} // namespace

QString SearchTokenizer::barrierText()
{
    return QString(QChar(kBarrier));
}

QStringView SearchTokenizer::spanText(QStringView text, const TokenSpan &span)
{
    static const char16_t barrier = kBarrier;
    return span.isBarrier() ? QStringView(&barrier, 1) : text.mid(span.start, span.end - span.start);
}

QList<SearchToken> SearchTokenizer::tokenize(const NormalizedText &normalized)
{
    std::vector<TokenSpan> spans;
    appendSpans(normalized.text, spans);
    QList<SearchToken> tokens;
    tokens.reserve(int(spans.size()));
    for (const TokenSpan &span : spans)
        tokens.append(SearchToken {spanText(normalized.text, span).toString(), span.start, span.end, span.isBarrier()});
    return tokens;
}

void SearchTokenizer::appendSpans(QStringView text, std::vector<TokenSpan> &out)
{
    const size_t first = out.size();
    bool pendingBarrier = false;
    int wordStart = -1;
    const int n = int(text.size());

    auto emitToken = [&](int start, int end) {
        if (pendingBarrier && out.size() > first)
            out.push_back(TokenSpan {start, start});
        pendingBarrier = false;
        out.push_back(TokenSpan {start, end});
    };
    auto endWord = [&](int end) {
        if (wordStart >= 0)
            emitToken(wordStart, end);
        wordStart = -1;
    };

    int i = 0;
    while (i < n) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate();
        const int length = pair ? 2 : 1;
        const char32_t cp = pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1)) : text.at(i).unicode();
        CharClass kind = classify(cp);
        if (kind == CharClass::Joiner) {
            // A joiner between two letters of a word; anywhere else it is punctuation.
            const bool nextIsWord = i + length < n && classify(text.at(i + length).unicode()) == CharClass::Word;
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

QString SearchTokenizer::indexText(const QString &original)
{
    const QList<SearchToken> tokens = tokenize(TextNormalizer::instance().normalize(original));
    QString result;
    result.reserve(original.size() * 2);
    for (const SearchToken &token : tokens) {
        if (!result.isEmpty())
            result += QLatin1Char(' ');
        result += token.text;
    }
    return result;
}

} // namespace bitext
