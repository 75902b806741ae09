#include "models/import/turnbuilder.h"

#include "models/text/script.h"

namespace bitext {

TurnBuilder::Parts TurnBuilder::split(const QString &text)
{
    Parts parts;
    if (splitAtScriptBoundary(text, parts.zh, parts.en))
        return parts;
    // Neither side is certain for digits and punctuation only; Chinese is the
    // documented default for everything but clearly Latin text.
    if (dominantScript(text) == Script::Latin)
        parts.en = text;
    else
        parts.zh = text;
    return parts;
}

void TurnBuilder::appendParagraph(QString &side, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!side.isEmpty())
        side += QLatin1Char('\n');
    side += text;
}

void TurnBuilder::addLabelled(const QString &speaker, const QString &text, int line, std::optional<qint64> startMs)
{
    const Parts parts = split(text);
    if (m_open && !m_segments.isEmpty()) {
        Segment &open = m_segments.last();
        const bool sameSpeaker = open.speaker == speaker;
        const bool fillsEmptySide = (parts.zh.isEmpty() || open.zh.isEmpty()) && (parts.en.isEmpty() || open.en.isEmpty());
        const bool otherSideFilled = (!parts.en.isEmpty() && !open.zh.isEmpty()) || (!parts.zh.isEmpty() && !open.en.isEmpty());
        if (sameSpeaker && fillsEmptySide && otherSideFilled) {
            appendParagraph(open.zh, parts.zh);
            appendParagraph(open.en, parts.en);
            return;
        }
    }
    Segment s;
    s.speaker = speaker;
    s.sectionOrdinal = m_section;
    s.sourceLine = line;
    s.zh = parts.zh;
    s.en = parts.en;
    s.startMs = startMs;
    m_segments << s;
    m_open = true;
}

void TurnBuilder::addContinuation(const QString &text, int line)
{
    if (!m_open || m_segments.isEmpty()) {
        addLabelled(QString(), text, line);
        return;
    }
    const Parts parts = split(text);
    Segment &open = m_segments.last();
    appendParagraph(open.zh, parts.zh);
    appendParagraph(open.en, parts.en);
}

} // namespace bitext
