#include "models/import/speakerturnsparser.h"

#include "models/import/inlinemarkup.h"
#include "models/import/turnbuilder.h"

#include <QRegularExpression>

namespace bitext {

QRegularExpressionMatch SpeakerTurnsParser::matchLabel(const QString &line)
{
    // "**Name:** text", "**Name：** text" and "**Name**: text".
    static const QRegularExpression label(
        QStringLiteral("^\\s*\\*\\*([^*:：\\n]{1,60}?)(?:\\s*[:：]\\s*\\*\\*|\\*\\*\\s*[:：])\\s*(.*)$"));
    return label.match(line);
}

void SpeakerTurnsParser::parseLines(const QStringList &lines, const QString &fileName, ParsedDocument &document,
                                    ImportMonitor *monitor) const
{
    Q_UNUSED(fileName)
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*)$"));
    TurnBuilder turns;
    for (int i = 0; i < lines.size(); ++i) {
        checkpoint(monitor, i, int(lines.size()));
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch h = heading.match(line);
        if (h.hasMatch()) {
            Section section;
            section.title = InlineMarkup::plainText(h.captured(2));
            section.level = int(h.capturedLength(1));
            section.ordinal = int(document.sections.size());
            document.sections << section;
            turns.setSection(section.ordinal);
            turns.close();
            continue;
        }
        const QRegularExpressionMatch m = matchLabel(line);
        if (m.hasMatch())
            turns.addLabelled(InlineMarkup::plainText(m.captured(1)), InlineMarkup::plainText(m.captured(2)), i + 1);
        else
            turns.addContinuation(InlineMarkup::plainText(line), i + 1);
    }
    document.segments = turns.segments();
}

} // namespace bitext
