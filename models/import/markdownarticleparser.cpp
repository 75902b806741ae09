#include "models/import/markdownarticleparser.h"

#include "models/import/frontmatter.h"
#include "models/import/inlinemarkup.h"
#include "models/import/speakerturnsparser.h"
#include "models/text/script.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bitext {

namespace {

// The English original of a <details> block: the english-text paragraph if there
// is one, else everything but the <summary>.
QString detailsText(const QString &block)
{
    static const QRegularExpression english(
        QStringLiteral("<p[^>]*class=\"english-text\"[^>]*>(.*?)</p>"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression summary(QStringLiteral("<summary>.*?</summary>"),
                                            QRegularExpression::DotMatchesEverythingOption
                                                | QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = english.match(block);
    QString text = m.hasMatch() ? m.captured(1) : QString(block).remove(summary);
    return InlineMarkup::speakerTurns(InlineMarkup::plainText(text)).join(QLatin1Char('\n'));
}

} // namespace

void MarkdownArticleParser::parseLines(const QStringList &lines, const QString &fileName, ParsedDocument &document,
                                       ImportMonitor *monitor) const
{
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    int i = FrontMatter::startsAt(lines) ? FrontMatter::read(lines, fileName, document.document) : 0;
    int section = -1;
    QString speaker;
    bool lastTakesEnglish = false; // the last segment still waits for its <details>
    const int total = int(lines.size());
    while (i < total) {
        checkpoint(monitor, i, total);
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed.isEmpty()) {
            ++i;
            continue;
        }
        if (trimmed.startsWith(QLatin1String("<details"), Qt::CaseInsensitive)) {
            const int open = i;
            QStringList block;
            while (i < total && !lines.at(i).contains(QLatin1String("</details>"), Qt::CaseInsensitive))
                block << lines.at(i++);
            if (i == total)
                throw error(fileName, open + 1,
                            QCoreApplication::translate("MarkdownArticleParser",
                                                        "this <details> block is never closed with </details>."));
            block << lines.at(i++);
            const QString english = detailsText(block.join(QLatin1Char('\n')));
            if (lastTakesEnglish && document.segments.last().en.isEmpty()) {
                document.segments.last().en = english;
            } else if (!english.isEmpty()) {
                Segment s;
                s.sectionOrdinal = section;
                s.speaker = speaker;
                s.sourceLine = open + 1;
                s.en = english;
                document.segments << s;
            }
            lastTakesEnglish = false;
            continue;
        }
        const QRegularExpressionMatch h = heading.match(trimmed);
        if (h.hasMatch()) {
            Section s;
            s.title = InlineMarkup::plainText(h.captured(2));
            s.level = int(h.capturedLength(1));
            s.ordinal = int(document.sections.size());
            document.sections << s;
            section = s.ordinal;
            lastTakesEnglish = false;
            ++i;
            continue;
        }
        // A paragraph: consecutive non-blank lines that are no heading or block.
        const int start = i;
        QStringList paragraph;
        while (i < total && !lines.at(i).trimmed().isEmpty()
               && !lines.at(i).trimmed().startsWith(QLatin1String("<details"), Qt::CaseInsensitive)
               && (i == start || !heading.match(lines.at(i).trimmed()).hasMatch()))
            paragraph << lines.at(i++).trimmed();
        const QRegularExpressionMatch label = SpeakerTurnsParser::matchLabel(paragraph.first());
        if (label.hasMatch()) {
            speaker = InlineMarkup::plainText(label.captured(1));
            paragraph.first() = label.captured(2);
        }
        QString text = paragraph.join(QLatin1Char('\n'));
        text = InlineMarkup::decodeEntities(InlineMarkup::stripTags(InlineMarkup::stripMarkdown(text))).trimmed();
        text = InlineMarkup::speakerTurns(text).join(QLatin1Char('\n'));
        Segment s;
        s.sectionOrdinal = section;
        s.speaker = speaker;
        s.sourceLine = start + 1;
        if (dominantScript(text) == Script::Latin) {
            s.en = text;
            lastTakesEnglish = false;
        } else {
            s.zh = text;
            lastTakesEnglish = true;
        }
        document.segments << s;
    }
}

} // namespace bitext
