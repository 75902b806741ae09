#include "models/import/contenttitle.h"

#include "models/text/displaywidth.h"
#include "models/text/script.h"

#include <QRegularExpression>

namespace bitext {

namespace {

// Letters worth of a line: a Han character counts as a short word.
int weight(const QString &text)
{
    int total = 0;
    const QVector<uint> codePoints = text.toUcs4();
    for (uint c : codePoints) {
        if (isHan(char32_t(c)))
            total += 2;
        else if (QChar::isLetterOrNumber(c))
            ++total;
    }
    return total;
}

// Marks of a transcript that say nothing of its content: [停顿], (laughs), ♪.
QString withoutMarks(const QString &text)
{
    static const QRegularExpression marks(QStringLiteral("\\[[^\\]]*\\]|【[^】]*】|\\([^)]*\\)|（[^）]*）|♪"));
    return QString(text).remove(marks).simplified();
}

bool isSentenceEnd(const QString &text, int i)
{
    const QChar c = text.at(i);
    if (c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F) || c == QChar(0x2026))
        return true;
    const bool latin = c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?');
    return latin && (i + 1 == text.size() || text.at(i + 1).isSpace() || !text.at(i + 1).isLetterOrNumber());
}

bool isClauseBreak(QChar c)
{
    static const QString breaks = QStringLiteral(",;:，；：、—");
    return breaks.contains(c);
}

QString withoutFinalStop(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QChar(0x3002)) || (text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1String(".."))))
        text.chop(1);
    return text.trimmed();
}

} // namespace

bool ContentTitle::isGenericHeading(const QString &heading)
{
    static const QRegularExpression generic(
        QStringLiteral("^(引言|前言|序言|序|导言|導言|简介|簡介|介绍|介紹|概述|概要|摘要|目录|目錄|总结|總結|结论|結論|"
                       "结语|結語|附录|附錄|正文|开场|開場|文稿|逐字稿|"
                       "introduction|intro|preface|foreword|overview|summary|abstract|contents|table of contents|"
                       "conclusion|conclusions|opening|transcript|notes)[：:]?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString h = heading.trimmed();
    // A heading ending in a colon announces what follows ("整理後的文稿：").
    return h.isEmpty() || generic.match(h).hasMatch() || h.endsWith(QChar(0xFF1A)) || h.endsWith(QLatin1Char(':'));
}

bool ContentTitle::isMeaningful(const QString &line)
{
    return weight(withoutMarks(line)) >= 8;
}

QString ContentTitle::shorten(const QString &input)
{
    const QString text = input.simplified();
    if (displayWidth(text) <= kMaxColumns)
        return withoutFinalStop(text);
    // Cut points: after a sentence, before a clause break, before a space; the
    // latest one that fits wins, provided it leaves a title of some substance.
    const int minColumns = 16;
    int sentence = -1;
    int clause = -1;
    int word = -1;
    int hard = 0;
    int width = 0;
    for (int i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size();
        const QString ch = text.mid(i, pair ? 2 : 1);
        const int before = width;
        width += displayWidth(ch);
        if (width > kMaxColumns)
            break;
        if (width <= kMaxColumns - 1)
            hard = i + int(ch.size());
        if (before >= minColumns && before <= kMaxColumns - 1) {
            if (isClauseBreak(text.at(i)))
                clause = i;
            else if (text.at(i).isSpace())
                word = i;
        }
        if (width >= minColumns && isSentenceEnd(text, i))
            sentence = i + 1;
        if (pair)
            ++i;
    }
    if (sentence > 0)
        return withoutFinalStop(text.left(sentence));
    const int cut = clause > 0 ? clause : word > 0 ? word : hard;
    return text.left(cut).trimmed() + QChar(0x2026);
}

QString ContentTitle::fromContent(const ParsedDocument &document)
{
    for (const Section &section : document.sections) {
        if (!isGenericHeading(section.title) && isMeaningful(section.title))
            return shorten(section.title);
    }
    for (const Segment &segment : document.segments) {
        for (const QString &side : {segment.zh, segment.en}) {
            if (isMeaningful(side))
                return shorten(withoutMarks(side));
        }
    }
    return {};
}

} // namespace bitext
