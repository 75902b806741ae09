#include "models/export/markdownexporter.h"

#include "models/export/exporttext.h"

#include <yaml-cpp/yaml.h>


namespace bitext {

namespace {

std::string utf8(const QString &text)
{
    return exporttext::xmlSafe(text).toStdString();
}

// Values double-quoted: yaml-cpp then escapes quotes, backslashes and control
// characters, and no title can turn into a YAML number, date or list.
void emitValue(YAML::Emitter &out, const char *key, const QString &value)
{
    out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << utf8(value);
}

// Transcript text is shown, never interpreted: Markdown syntax is backslash-escaped
// and HTML characters become entities, so a hostile transcript renders as text.
QString escapeText(const QString &text)
{
    QString result;
    result.reserve(text.size() + 8);
    for (const QChar c : exporttext::xmlSafe(text)) {
        switch (c.unicode()) {
        case '&': result += QLatin1String("&amp;"); break;
        case '<': result += QLatin1String("&lt;"); break;
        case '>': result += QLatin1String("&gt;"); break;
        case '\\': case '`': case '*': case '_': case '[': case ']': case '#': case '|': case '~': case '$':
            result += QLatin1Char('\\');
            result += c;
            break;
        default:
            result += c;
        }
    }
    return result;
}

// Notes are the user's own Markdown: kept, except raw HTML, which would run in
// tools that render it.
QString noteMarkdown(const QString &note)
{
    QString result = exporttext::xmlSafe(note).trimmed();
    result.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    return result;
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
    out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
    for (const QString &v : values)
        out << YAML::DoubleQuoted << utf8(v);
    out << YAML::EndSeq;
}

} // namespace

QByteArray MarkdownExporter::render(const ExportData &data) const
{
    QString md = frontMatter(data);
    const bool single = data.documents.size() == 1;
    md += QStringLiteral("\n# ")
        + escapeText(single ? data.documents.first().document.title : tr("Annotated notes")) + QLatin1Char('\n');
    for (const ExportGroup &group : data.groups) {
        if (!single || data.request.grouping == ExportGrouping::ByTag)
            md += QStringLiteral("\n## ") + escapeText(group.title) + QLatin1Char('\n');
        if (group.documentIndex >= 0) {
            const ExportDocument &doc = data.documents.at(group.documentIndex);
            if (!doc.note.trimmed().isEmpty())
                md += QLatin1Char('\n') + noteMarkdown(doc.note) + QLatin1Char('\n');
        }
        for (int q : group.quotes)
            md += QLatin1Char('\n') + quoteBlock(data, data.quotes.at(q));
    }
    return md.toUtf8();
}

QString MarkdownExporter::frontMatter(const ExportData &data)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    QStringList speakers;
    for (const ExportDocument &d : data.documents) {
        for (const QString &s : d.speakers) {
            if (!speakers.contains(s))
                speakers << s;
        }
    }
    if (data.documents.size() == 1) {
        const Document &doc = data.documents.first().document;
        emitValue(out, "title", doc.title);
        emitValue(out, "source", doc.sourceUrl.isEmpty() ? doc.sourceFile : doc.sourceUrl);
        emitValue(out, "date", doc.date);
    } else {
        emitValue(out, "title", tr("Annotated notes"));
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
    head << sideName(a.side);

    QStringList parts{head.join(QStringLiteral(" · "))};
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
        block += QLatin1Char('\n') + noteMarkdown(quote.note) + QLatin1Char('\n');
    return block;
}

} // namespace bitext
