#include "models/import/refiqda/refisourcesegmenter.h"

#include "models/annotate/sidetext.h"
#include "models/core/error.h"
#include "models/import/documentparser.h"
#include "models/import/formatdetector.h"
#include "models/import/refiqda/codepointtext.h"
#include "models/text/script.h"

namespace bitext {

RefiSourceSegmenter::Result RefiSourceSegmenter::bitextSides(const CodePointText *zh, const CodePointText *en)
{
    Result result;
    const QStringList zhLines = zh ? zh->text().split(QLatin1Char('\n')) : QStringList();
    const QStringList enLines = en ? en->text().split(QLatin1Char('\n')) : QStringList();
    const bool paired = zh && en && zhLines.size() == enLines.size();
    if (zh && en && !paired)
        result.warning = tr("its Chinese and English texts differ in their number of lines (%1 and %2), so a "
                            "segment had a line break; the sides are imported unpaired.")
                             .arg(zhLines.size())
                             .arg(enLines.size());
    for (int i = 0; i < zhLines.size(); ++i) {
        Segment s;
        s.zh = zhLines.at(i);
        s.en = paired ? enLines.at(i) : QString();
        s.sourceLine = i + 1;
        result.segments << s;
    }
    // Unpaired English lines follow the Chinese ones; their side's text then starts
    // with one empty line (and separator) per Chinese row.
    const qint64 enStart = paired ? 0 : zhLines.size();
    for (int i = 0; !paired && i < enLines.size(); ++i) {
        Segment s;
        s.en = enLines.at(i);
        s.sourceLine = i + 1;
        result.segments << s;
    }
    if (zh)
        result.zhLayout = RefiSourceLayout::exact({{0, zh->length(), Side::Zh, 0}});
    if (en) {
        RefiSourceLayout layout = RefiSourceLayout::exact({{0, en->length(), Side::En, enStart}});
        (zh ? result.enLayout : result.zhLayout) = layout;
    }
    return result;
}

std::optional<RefiSourceSegmenter::Result> RefiSourceSegmenter::bitextLayout(
    const RefiBitextDocument &layout, const CodePointText *zh, const CodePointText *en)
{
    Result result;
    result.sections = layout.sections;
    for (const RefiBitextDocument::Row &row : layout.rows) {
        Segment s;
        s.speaker = row.speaker;
        s.sectionOrdinal = row.section;
        s.startMs = row.startMs;
        s.endMs = row.endMs;
        s.sourceLine = int(result.segments.size()) + 1;
        result.segments << s;
    }
    for (const Side side : {Side::Zh, Side::En}) {
        const CodePointText *text = side == Side::Zh ? zh : en;
        qint64 position = 0;
        for (int i = 0; i < layout.rows.size(); ++i) {
            const qint64 length = side == Side::Zh ? layout.rows.at(i).zh : layout.rows.at(i).en;
            if (!text) {
                if (length > 0)
                    return std::nullopt;
                continue;
            }
            // Each segment's text, then the "\n" that joins it to the next.
            const bool last = i + 1 == layout.rows.size();
            if (position + length > text->length()
                || (!last && text->mid(position + length, position + length + 1) != QLatin1String("\n")))
                return std::nullopt;
            (side == Side::Zh ? result.segments[i].zh : result.segments[i].en) = text->mid(position, position + length);
            position += length + (last ? 0 : 1);
        }
        if (text && position != text->length())
            return std::nullopt;
    }
    if (zh)
        result.zhLayout = RefiSourceLayout::exact({{0, zh->length(), Side::Zh, 0}});
    if (en)
        (zh ? result.enLayout : result.zhLayout) = RefiSourceLayout::exact({{0, en->length(), Side::En, 0}});
    return result;
}

std::optional<RefiSourceSegmenter::Result> RefiSourceSegmenter::parsed(const CodePointText &text, const QString &name)
{
    QString normalised = text.text();
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QString format = FormatDetector::detect(normalised, name);
    const std::unique_ptr<DocumentParser> parser = DocumentParser::create(format);
    if (!parser || format == QLatin1String("plain"))
        return std::nullopt;
    ParsedDocument document;
    try {
        document = parser->parse(normalised, name);
    } catch (const Error &) {
        return std::nullopt; // not that form after all: paragraphs will do
    }
    Result result;
    result.format = format;
    result.sections = document.sections;
    result.segments = document.segments;
    QVector<int> rowLines;
    for (const Segment &s : std::as_const(result.segments))
        rowLines << s.sourceLine;
    result.zhLayout = RefiSourceLayout::byQuote(rowLines);
    return result;
}

RefiSourceSegmenter::Result RefiSourceSegmenter::paragraphs(const CodePointText &source)
{
    Result result;
    QList<RefiSourceLayout::Piece> pieces;
    qint64 sidePosition[2] = {0, 0}; // where the next row starts in each side's text
    const QString &text = source.text();
    QList<QPair<int, int>> lines; // UTF-16 [start, end) of the trimmed lines of the open paragraph
    int firstLine = 0;
    const auto flush = [&] {
        if (lines.isEmpty())
            return;
        Segment s;
        s.sourceLine = firstLine;
        QString paragraph;
        QList<QPair<int, int>> within; // each line's UTF-16 start in the paragraph
        for (const auto &line : std::as_const(lines)) {
            if (!paragraph.isEmpty())
                paragraph += QLatin1Char('\n');
            within << qMakePair(int(paragraph.size()), line.first);
            paragraph += text.mid(line.first, line.second - line.first);
        }
        const Side side = dominantScript(paragraph) == Script::Latin ? Side::En : Side::Zh;
        (side == Side::Zh ? s.zh : s.en) = paragraph;
        for (int i = 0; i < lines.size(); ++i) {
            const qint64 start = source.codePoint(lines.at(i).first);
            const qint64 offset = SideText::codePointIndex(paragraph, within.at(i).first);
            pieces << RefiSourceLayout::Piece {
                start, source.codePoint(lines.at(i).second) - start, side, sidePosition[int(side)] + offset};
        }
        result.segments << s;
        for (const Side each : {Side::Zh, Side::En})
            sidePosition[int(each)] += SideText::codePointCount(s.text(each)) + 1;
        lines.clear();
    };
    int lineNumber = 0;
    for (int start = 0; start <= text.size();) {
        int end = int(text.indexOf(QLatin1Char('\n'), start));
        if (end < 0)
            end = int(text.size());
        ++lineNumber;
        int from = start;
        int to = end;
        while (from < to && text.at(from).isSpace())
            ++from;
        while (to > from && text.at(to - 1).isSpace())
            --to;
        if (from == to) {
            flush();
        } else {
            if (lines.isEmpty())
                firstLine = lineNumber;
            lines << qMakePair(from, to);
        }
        start = end + 1;
    }
    flush();
    result.zhLayout = RefiSourceLayout::exact(pieces);
    return result;
}

} // namespace bitext
