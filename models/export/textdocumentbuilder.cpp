#include "models/export/textdocumentbuilder.h"

#include "models/core/error.h"
#include "models/export/exportprogress.h"
#include "models/export/exporttext.h"
#include "models/export/notehtml.h"
#include "models/text/offlinedocument.h"

#include <QFont>
#include <QGuiApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextTable>

namespace bitext {

TextDocumentBuilder::TextDocumentBuilder(QStringList families)
    : m_families(std::move(families))
{
}

QTextCharFormat TextDocumentBuilder::charFormat(qreal pointSize, bool bold, const QColor &color) const
{
    QTextCharFormat format;
    // Named on every run: the ODF writer writes a run's own family, not the default font.
    format.setFontFamilies(m_families);
    // The ODF writer (Qt 5 and 6) reads only the old single-family property.
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    format.setProperty(QTextFormat::OldFontFamily, m_families.first());
#else
    format.setFontFamily(m_families.first());
#endif
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    if (color.isValid())
        format.setForeground(color);
    return format;
}

namespace {

void addParagraph(QTextCursor &cursor, const QString &text, const QTextCharFormat &format, qreal topMargin = 4)
{
    QTextBlockFormat block;
    block.setTopMargin(topMargin);
    cursor.insertBlock(block, format);
    cursor.insertText(exporttext::plainText(text), format);
}

QColor lightened(const QColor &color, int alphaPercent)
{
    // Blend with white: ODT has no alpha, and PDFs print better without it.
    const QColor c = color.isValid() ? color : QColor(0xf5, 0xd7, 0x6e);
    const auto mix = [alphaPercent](int v) { return 255 - (255 - v) * alphaPercent / 100; };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

} // namespace

QStringList TextDocumentBuilder::cjkFirstFamilies()
{
    return QStringList {
        QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans CJK TC"), QStringLiteral("Noto Sans")};
}

QStringList TextDocumentBuilder::latinFirstFamilies()
{
    return QStringList {
        QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans CJK TC")};
}

void TextDocumentBuilder::requireGuiApplication()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw Error(tr("PDF and ODT export need a QGuiApplication (for fonts); none is running."));
}

std::unique_ptr<QTextDocument> TextDocumentBuilder::build(const ExportData &data) const
{
    const QStringList &families = m_families;
    requireGuiApplication();
    auto document = std::make_unique<OfflineDocument>(); // the notes name images it must not load
    QFont font(families.first());
    font.setFamilies(families);
    font.setPointSizeF(10.5);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    const QString title = exporttext::exportTitle(data);
    document->setMetaInformation(QTextDocument::DocumentTitle, exporttext::plainText(title));

    QTextCursor cursor(document.get());
    cursor.setCharFormat(charFormat(20, true));
    cursor.insertText(exporttext::plainText(title));
    addParagraph(cursor,
        tr("Exported from Bitext on %1 · %n quote(s)", nullptr, int(data.quotes.size()))
            .arg(exporttext::isoUtc(data.exportedAt)),
        charFormat(9, false, QColor(0x66, 0x66, 0x66)));
    for (const ExportGroup &group : data.groups) {
        if (data.groupsHaveHeadings())
            addParagraph(cursor, group.title,
                charFormat(15, true, group.color.isValid() ? group.color.darker(150) : QColor()), 18);
        if (group.documentIndex >= 0)
            addDocumentHeader(cursor, data.documents.at(group.documentIndex));
        for (int q : group.quotes) {
            addQuote(cursor, data, data.quotes.at(q));
            ExportProgress::step(m_progress);
        }
    }
    return document;
}

void TextDocumentBuilder::addDocumentHeader(QTextCursor &cursor, const ExportDocument &doc) const
{
    QStringList meta;
    if (!doc.document.date.isEmpty())
        meta << doc.document.date;
    if (!doc.document.sourceUrl.isEmpty())
        meta << doc.document.sourceUrl;
    else if (!doc.document.sourceFile.isEmpty())
        meta << doc.document.sourceFile;
    if (!doc.speakers.isEmpty())
        meta << doc.speakers.join(QStringLiteral(", "));
    if (!meta.isEmpty())
        addParagraph(cursor, meta.join(QStringLiteral(" · ")), charFormat(9, false, QColor(0x66, 0x66, 0x66)));
    if (!doc.note.trimmed().isEmpty()) {
        QTextBlockFormat block;
        block.setTopMargin(4);
        addNote(cursor, doc.note, block);
    }
}

void TextDocumentBuilder::addNote(QTextCursor &cursor, const QString &markdown, const QTextBlockFormat &block) const
{
    // The note's Markdown rendered (the same safe HTML as the HTML export: nothing in
    // it loads a file or a URL), then every run given the export's fonts, which the
    // ODF writer needs named on each run. Code keeps its fixed-pitch face.
    cursor.insertBlock(block, charFormat(10));
    const int start = cursor.position();
    cursor.insertFragment(QTextDocumentFragment::fromHtml(NoteHtml::fromMarkdown(exporttext::plainText(markdown))));
    const int end = cursor.position();
    QTextCharFormat fonts = charFormat(10);
    fonts.clearProperty(QTextFormat::FontWeight);
    for (QTextBlock b = cursor.document()->findBlock(start); b.isValid() && b.position() <= end; b = b.next()) {
        QTextBlockFormat indented = b.blockFormat();
        indented.setLeftMargin(indented.leftMargin() + block.leftMargin());
        QTextCursor blockCursor(b);
        blockCursor.setBlockFormat(indented);
        // The runs first, then their fonts: merging a format joins and splits the
        // block's fragments, which an iterator over them does not survive.
        QList<QPair<int, int>> runs;
        for (QTextBlock::iterator it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && !fragment.charFormat().fontFixedPitch())
                runs.append({qMax(start, fragment.position()), qMin(end, fragment.position() + fragment.length())});
        }
        for (const auto &range : std::as_const(runs)) {
            QTextCursor run(cursor.document());
            run.setPosition(range.first);
            run.setPosition(range.second, QTextCursor::KeepAnchor);
            run.mergeCharFormat(fonts);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

void TextDocumentBuilder::addQuote(QTextCursor &cursor, const ExportData &data, const ExportQuote &quote) const
{
    const Annotation &a = quote.annotation;
    QStringList head;
    if (!quote.speaker.isEmpty())
        head << quote.speaker;
    if (data.request.grouping == ExportGrouping::ByTag) // under a document heading, the title is known
        head << data.documents.at(quote.documentIndex).document.title;
    head << exporttext::positionLabel(a);
    addParagraph(cursor, head.join(QStringLiteral(" · ")), charFormat(9, true, QColor(0x55, 0x55, 0x55)), 12);

    QList<Side> sides;
    for (const Side side : {Side::Zh, Side::En}) {
        if (!(side == Side::Zh ? quote.zh : quote.en).isEmpty())
            sides << side;
    }
    if (!sides.isEmpty()) {
        QTextTableFormat tableFormat;
        tableFormat.setBorder(0);
        tableFormat.setCellPadding(5);
        tableFormat.setCellSpacing(3);
        tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> widths;
        for (int i = 0; i < sides.size(); ++i)
            widths << QTextLength(QTextLength::PercentageLength, 100.0 / sides.size());
        tableFormat.setColumnWidthConstraints(widths.toVector());
        QTextTable *table = cursor.insertTable(1, int(sides.size()), tableFormat);
        for (int i = 0; i < sides.size(); ++i) {
            const Side side = sides.at(i);
            QTextTableCell cell = table->cellAt(0, i);
            const QColor background = side == a.side ? lightened(a.color, 35) : QColor(0xf0, 0xf0, 0xf0);
            QTextCharFormat cellFormat = cell.format();
            cellFormat.setBackground(background);
            cell.setFormat(cellFormat);
            // The ODF writer drops cell backgrounds; the paragraph and its text carry
            // the highlight too, as fo:background-color word processors show.
            QTextCursor cellCursor = cell.firstCursorPosition();
            QTextBlockFormat highlighted = cellCursor.blockFormat();
            highlighted.setBackground(background);
            cellCursor.setBlockFormat(highlighted);
            QTextCharFormat text = charFormat(10.5);
            text.setBackground(background);
            cellCursor.insertText(exporttext::plainText(side == Side::Zh ? quote.zh : quote.en), text);
        }
        cursor.movePosition(QTextCursor::End);
    }
    if (!quote.tags.isEmpty()) {
        QTextBlockFormat block;
        block.setTopMargin(2);
        cursor.insertBlock(block, charFormat(9));
        for (const Tag &t : quote.tags) {
            QTextCharFormat format
                = charFormat(9, true, t.color.isValid() ? t.color.darker(160) : QColor(0x44, 0x44, 0x44));
            format.setBackground(lightened(t.color.isValid() ? t.color : QColor(0xcc, 0xcc, 0xcc), 25));
            cursor.insertText(QLatin1Char(' ') + exporttext::plainText(t.path) + QLatin1Char(' '), format);
            cursor.insertText(QStringLiteral(" "), charFormat(9));
        }
    }
    if (!quote.note.trimmed().isEmpty()) {
        QTextBlockFormat block;
        block.setTopMargin(3);
        block.setLeftMargin(12);
        addNote(cursor, quote.note, block);
    }
}

} // namespace bitext
