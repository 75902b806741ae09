#include "models/export/markdownexporter.h"

#include "models/export/exporttext.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace bitext {

namespace {

std::string utf8(const QString &text)
{
    return exporttext::plainText(text).toStdString();
}

// Values double-quoted: yaml-cpp then escapes quotes, backslashes and control
// characters, and no title can turn into a YAML number, date or list. An empty
// value is left out rather than written as "".
void emitValue(YAML::Emitter &out, const char *key, const QString &value)
{
    if (value.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << utf8(value);
}

bool isLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// "<" that would open an HTML tag, comment or declaration ("<b", "</", "<!", "<?").
bool opensTag(const QString &text, int i)
{
    if (i + 1 >= text.size())
        return false;
    const QChar next = text.at(i + 1);
    return isLetter(next) || next == QLatin1Char('/') || next == QLatin1Char('!') || next == QLatin1Char('?');
}

// "&" that would start a character reference ("&amp;", "&#39;").
bool startsEntity(const QString &text, int i)
{
    static const QRegularExpression entity(
        QStringLiteral("\\G&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"));
    return entity.match(text, i).hasMatch(); // \\G: right at i
}

// Transcript text is shown, never interpreted: Markdown syntax, and only the "<" and
// "&" that HTML would read as a tag or an entity, are backslash-escaped (CommonMark),
// so a hostile transcript renders as text while "Q&A" stays Q&A in the file.
QString escapeText(const QString &text)
{
    const QString safe = exporttext::plainText(text);
    QString result;
    result.reserve(safe.size() + 8);
    bool lineStart = true;
    for (int i = 0; i < safe.size(); ++i) {
        const QChar c = safe.at(i);
        switch (c.unicode()) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '#':
        case '|':
        case '~':
        case '$':
            result += QLatin1Char('\\');
            break;
        case '<':
            if (opensTag(safe, i))
                result += QLatin1Char('\\');
            break;
        case '&':
            if (startsEntity(safe, i))
                result += QLatin1Char('\\');
            break;
        case '>': // a block quote inside the quote
            if (lineStart)
                result += QLatin1Char('\\');
            break;
        default:
            break;
        }
        result += c;
        if (c == QLatin1Char('\n'))
            lineStart = true;
        else if (!c.isSpace())
            lineStart = false;
    }
    return result;
}

// A note's heading `levels` deeper, so it stays under the heading of its quote;
// past level 6 it becomes bold text. A Setext heading (a line under "===" or "---")
// is first made an ATX one.
void demoteHeadings(QStringList &lines, int levels)
{
    static const QRegularExpression atx(QStringLiteral("^ {0,3}(#{1,6})(?:[ \t]+|$)(.*)$"));
    static const QRegularExpression setext(QStringLiteral("^ {0,3}(=+|-+)[ \t]*$"));
    const auto heading = [levels](int level, const QString &text) -> QString {
        const int demoted = level + levels;
        if (demoted > 6)
            return text.trimmed().isEmpty() ? QString() : QStringLiteral("**") + text.trimmed() + QStringLiteral("**");
        return QString(demoted, QLatin1Char('#')) + QLatin1Char(' ') + text.trimmed();
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch underline = setext.match(lines.at(i));
        if (underline.hasMatch() && i > 0 && !lines.at(i - 1).trimmed().isEmpty()
            && !atx.match(lines.at(i - 1)).hasMatch()) {
            lines[i - 1] = heading(underline.captured(1).startsWith(QLatin1Char('=')) ? 1 : 2, lines.at(i - 1));
            lines[i].clear();
            continue;
        }
        const QRegularExpressionMatch match = atx.match(lines.at(i));
        if (match.hasMatch()) {
            static const QRegularExpression closing(QStringLiteral("[ \t]+#+[ \t]*$")); // compiled once
            QString text = match.captured(2);
            text.remove(closing);
            lines[i] = heading(int(match.captured(1).size()), text);
        }
    }
}

// Notes are the user's own Markdown: kept, except raw HTML, which would run in tools
// that render it, and headings, which go below the export's own (headingLevels deep).
// Code (fenced blocks and `spans`) is shown literally by every tool, so it stays as
// written.
QString noteMarkdown(const QString &note, int headingLevels)
{
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(```|~~~)"));
    QStringList lines = exporttext::plainText(note).trimmed().split(QLatin1Char('\n'));
    bool inFence = false;
    QStringList text; // the lines outside code blocks, demoted together
    QList<int> textRows;
    for (int row = 0; row < lines.size(); ++row) {
        QString &line = lines[row];
        if (fence.match(line).hasMatch()) {
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        text << line;
        textRows << row;
    }
    demoteHeadings(text, headingLevels);
    for (int i = 0; i < textRows.size(); ++i)
        lines[textRows.at(i)] = text.at(i);
    inFence = false;
    for (QString &line : lines) {
        if (fence.match(line).hasMatch()) {
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        QString escaped;
        for (int i = 0; i < line.size(); ++i) {
            if (line.at(i) == QLatin1Char('`')) {
                // A code span runs to the next run of as many backticks.
                int ticks = 0;
                while (i + ticks < line.size() && line.at(i + ticks) == QLatin1Char('`'))
                    ++ticks;
                const QString run(ticks, QLatin1Char('`'));
                const int close = int(line.indexOf(run, i + ticks));
                const int end = close >= 0 ? close + ticks : i + ticks;
                escaped += line.mid(i, end - i);
                i = end - 1;
                continue;
            }
            if (line.at(i) == QLatin1Char('<') && opensTag(line, i))
                escaped += QLatin1Char('\\');
            escaped += line.at(i);
        }
        line = escaped;
    }
    return lines.join(QLatin1Char('\n'));
}

QString blockquote(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = QStringLiteral("> ") + line;
    return lines.join(QLatin1Char('\n'));
}

void emitList(YAML::Emitter &out, const char *key, const QStringList &values)
{
    if (values.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
    for (const QString &v : values)
        out << YAML::DoubleQuoted << utf8(v);
    out << YAML::EndSeq;
}

// The deepest heading the export writes itself: the title (#), and the groups (##).
int headingLevels(const ExportData &data)
{
    return data.groupsHaveHeadings() ? 2 : 1;
}

} // namespace

QByteArray MarkdownExporter::render(const ExportData &data) const
{
    QString md = frontMatter(data);
    md += QStringLiteral("\n# ") + escapeText(exporttext::exportTitle(data)) + QLatin1Char('\n');
    for (const ExportGroup &group : data.groups) {
        if (data.groupsHaveHeadings())
            md += QStringLiteral("\n## ") + escapeText(group.title) + QLatin1Char('\n');
        if (group.documentIndex >= 0) {
            const ExportDocument &doc = data.documents.at(group.documentIndex);
            if (!doc.note.trimmed().isEmpty())
                md += QLatin1Char('\n') + noteMarkdown(doc.note, headingLevels(data)) + QLatin1Char('\n');
        }
        for (int q : group.quotes) {
            md += QLatin1Char('\n') + quoteBlock(data, data.quotes.at(q));
            quoteRendered();
        }
    }
    return md.toUtf8();
}

QString MarkdownExporter::frontMatter(const ExportData &data)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    QStringList speakers;
    if (data.documents.size() == 1) {
        // A note on one document describes it: all who speak in it.
        speakers = data.documents.first().speakers;
        const Document &doc = data.documents.first().document;
        emitValue(out, "title", doc.title);
        emitValue(out, "source", doc.sourceUrl.isEmpty() ? doc.sourceFile : doc.sourceUrl);
        emitValue(out, "date", doc.date);
    } else {
        // Notes across documents: the documents and speakers of the quotes exported.
        for (const ExportQuote &q : data.quotes) {
            if (!q.speaker.isEmpty() && !speakers.contains(q.speaker))
                speakers << q.speaker;
        }
        emitValue(out, "title", exporttext::exportTitle(data));
        QStringList titles;
        for (const ExportDocument &d : data.documents)
            titles << d.document.title;
        emitList(out, "source", titles);
        emitValue(out, "date", data.exportedAt.date().toString(Qt::ISODate));
    }
    emitList(out, "speakers", speakers);
    QStringList tags;
    for (const QString &path : data.usedTagPaths) {
        const QString tag = exporttext::hashtag(path);
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    emitList(out, "tags", tags);
    emitValue(out, "exported", exporttext::isoUtc(data.exportedAt));
    out << YAML::EndMap;
    return QStringLiteral("---\n") + QString::fromUtf8(out.c_str()) + QStringLiteral("\n---\n");
}

QString MarkdownExporter::quoteBlock(const ExportData &data, const ExportQuote &quote)
{
    const ExportDocument &doc = data.documents.at(quote.documentIndex);
    const Annotation &a = quote.annotation;
    QStringList head;
    if (!quote.speaker.isEmpty())
        head << QStringLiteral("**") + escapeText(quote.speaker) + QStringLiteral("**");
    if (data.request.grouping == ExportGrouping::ByTag) // under a document heading, the title is known
        head << QStringLiteral("*") + escapeText(doc.document.title) + QStringLiteral("*");
    head << exporttext::positionLabel(a);
    if (quote.hasTimes())
        head << exporttext::timeLabel(quote);
    head << sideName(a.side);

    QStringList parts {head.join(QStringLiteral(" · "))};
    if (!quote.zh.isEmpty())
        parts << escapeText(quote.zh);
    if (!quote.en.isEmpty())
        parts << escapeText(quote.en);
    QStringList tags;
    for (const Tag &t : quote.tags) {
        const QString tag = exporttext::hashtag(t.path);
        if (!tag.isEmpty())
            tags << QLatin1Char('#') + tag;
    }
    if (!tags.isEmpty())
        parts << tags.join(QLatin1Char(' '));
    QString block = blockquote(parts.join(QStringLiteral("\n\n"))) + QLatin1Char('\n');
    if (!quote.note.trimmed().isEmpty())
        block += QLatin1Char('\n') + noteMarkdown(quote.note, headingLevels(data)) + QLatin1Char('\n');
    return block;
}

} // namespace bitext
