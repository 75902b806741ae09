#include "models/import/subtitleparser.h"

#include "models/import/inlinemarkup.h"
#include "models/text/script.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdlib>

namespace bitext {

std::optional<qint64> SubtitleParser::parseTime(const QString &text)
{
    static const QRegularExpression time(QStringLiteral("^(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})[,.](\\d{1,3})$"));
    const auto m = time.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 h = m.captured(1).toLongLong();
    const qint64 min = m.captured(2).toLongLong();
    const qint64 s = m.captured(3).toLongLong();
    if (min > 59 || s > 59)
        return std::nullopt;
    QString fraction = m.captured(4);
    while (fraction.size() < 3)
        fraction += QLatin1Char('0');
    return ((h * 60 + min) * 60 + s) * 1000 + fraction.toLongLong();
}

void SubtitleParser::parseLines(
    const QStringList &lines, const QString &fileName, ParsedDocument &document, ImportMonitor *monitor) const
{
    static const QRegularExpression arrow(QStringLiteral("^(\\S+)\\s+-->\\s+(\\S+)"));
    static const QRegularExpression voice(QStringLiteral("<v(?:\\.[^ >]*)?\\s+([^>]+)>"));
    const int total = int(lines.size());
    const int first = int(document.segments.size());
    int i = bodyStart(lines, fileName);
    while (i < total) {
        checkpoint(monitor, i, total);
        if (lines.at(i).trimmed().isEmpty()) {
            ++i;
            continue;
        }
        const int start = i;
        QStringList block;
        while (i < total && !lines.at(i).trimmed().isEmpty())
            block << lines.at(i++);
        if (!isCueBlock(block))
            continue;
        int t = 0;
        while (t < block.size() && !block.at(t).contains(QLatin1String("-->")))
            ++t;
        if (t == block.size())
            throw error(fileName, start + 1,
                QCoreApplication::translate(
                    "SubtitleParser", "a cue without a time line (\"00:00:01,000 --> 00:00:02,000\")."));
        const auto m = arrow.match(block.at(t).trimmed());
        const auto begin = m.hasMatch() ? parseTime(m.captured(1)) : std::nullopt;
        const auto end = m.hasMatch() ? parseTime(m.captured(2)) : std::nullopt;
        if (!begin || !end)
            throw error(fileName, start + t + 1,
                QCoreApplication::translate("SubtitleParser", "cannot read the cue times \"%1\".")
                    .arg(block.at(t).trimmed()));
        Segment s;
        s.startMs = begin;
        s.endMs = end;
        s.sourceLine = start + t + 1;
        for (int k = t + 1; k < block.size(); ++k) {
            const QString raw = block.at(k);
            const auto v = voice.match(raw);
            if (v.hasMatch() && s.speaker.isEmpty())
                s.speaker = InlineMarkup::decodeEntities(v.captured(1)).trimmed();
            const QString line = InlineMarkup::decodeEntities(InlineMarkup::stripTags(raw)).simplified();
            for (const QString &text : InlineMarkup::speakerTurns(line)) {
                if (text.isEmpty())
                    continue;
                QString &side = dominantScript(text) == Script::Latin ? s.en : s.zh;
                if (!side.isEmpty())
                    side += QLatin1Char('\n');
                side += text;
            }
        }
        document.segments << s;
    }
    joinTranslatedCues(document.segments, first);
}

// A common bilingual form repeats every cue, once per language, with the same index and
// times: the English cue and the Chinese one become one bilingual segment.
void SubtitleParser::joinTranslatedCues(QList<Segment> &segments, int first)
{
    const auto oneSided = [](const Segment &s) { return s.zh.isEmpty() != s.en.isEmpty(); };
    const auto near = [](const std::optional<qint64> &a, const std::optional<qint64> &b) {
        return a && b && std::abs(*a - *b) <= kSameTimeMs;
    };
    QList<Segment> joined;
    for (int i = first; i < segments.size(); ++i) {
        const Segment &s = segments.at(i);
        Segment *previous = joined.isEmpty() ? nullptr : &joined.last();
        if (previous && oneSided(*previous) && oneSided(s) && previous->zh.isEmpty() == s.en.isEmpty()
            && near(previous->startMs, s.startMs) && near(previous->endMs, s.endMs)
            && (previous->speaker.isEmpty() || s.speaker.isEmpty() || previous->speaker == s.speaker)) {
            if (previous->zh.isEmpty())
                previous->zh = s.zh;
            else
                previous->en = s.en;
            if (previous->speaker.isEmpty())
                previous->speaker = s.speaker;
            continue;
        }
        joined.append(s);
    }
    segments = segments.mid(0, first) + joined;
}

} // namespace bitext
