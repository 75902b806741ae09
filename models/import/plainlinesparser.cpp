#include "models/import/plainlinesparser.h"

#include "models/import/inlinemarkup.h"
#include "models/text/script.h"

namespace bitext {

void PlainLinesParser::parseLines(const QStringList &lines, const QString &fileName, ParsedDocument &document,
                                  ImportMonitor *monitor) const
{
    Q_UNUSED(fileName)
    for (int i = 0; i < lines.size(); ++i) {
        checkpoint(monitor, i, int(lines.size()));
        const QString text = InlineMarkup::stripMarkdown(lines.at(i)).trimmed();
        if (text.isEmpty())
            continue;
        Segment s;
        s.sourceLine = i + 1;
        // A line by line transcript has no turn to split a mixed line within.
        if (dominantScript(text) == Script::Latin)
            s.en = text;
        else
            s.zh = text;
        document.segments << s;
    }
}

} // namespace bitext
