#include "models/import/namecolonparser.h"

#include "models/import/inlinemarkup.h"
#include "models/import/turnbuilder.h"

#include <QRegularExpression>

namespace bitext {

QRegularExpressionMatch NameColonParser::matchLine(const QString &line)
{
    // A name is short and has no sentence punctuation; "Note: ..." in prose would
    // match too, which is why detection asks for most lines to look like this.
    static const QRegularExpression pattern(QStringLiteral(
        "^\\s*(?:\\[?((?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?)\\]?\\s*)?"
        "([^\\s:：,，。.!?！？\\[\\]][^:：,，。!?！？\\[\\]]{0,39}?)\\s*[:：]\\s*(\\S.*)$"));
    const QRegularExpressionMatch m = pattern.match(line);
    // "http://..." and "12:30" are not speakers.
    if (m.hasMatch() && (m.captured(3).startsWith(QLatin1String("//")) || m.captured(2).at(0).isDigit()
                         || m.captured(2).count(QLatin1Char(' ')) > 3))
        return QRegularExpressionMatch();
    return m;
}

namespace {

std::optional<qint64> parseClock(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QStringList parts = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).split(QLatin1Char(':'));
    double seconds = 0;
    for (const QString &p : parts)
        seconds = seconds * 60 + p.toDouble();
    return qint64(seconds * 1000 + 0.5);
}

} // namespace

void NameColonParser::parseLines(const QStringList &lines, const QString &fileName, ParsedDocument &document,
                                 ImportMonitor *monitor) const
{
    Q_UNUSED(fileName)
    TurnBuilder turns;
    for (int i = 0; i < lines.size(); ++i) {
        checkpoint(monitor, i, int(lines.size()));
        const QString line = InlineMarkup::stripMarkdown(lines.at(i));
        if (line.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = matchLine(line);
        if (m.hasMatch())
            turns.addLabelled(m.captured(2).trimmed(), InlineMarkup::plainText(m.captured(3)), i + 1,
                              parseClock(m.captured(1)));
        else
            turns.addContinuation(InlineMarkup::plainText(line), i + 1);
    }
    document.segments = turns.segments();
}

} // namespace bitext
