#include "models/export/notehtml.h"

#include "models/export/exporttext.h"

#include <QFont>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <vector>

namespace bitext {

namespace {

QString escape(const QString &text)
{
    return exporttext::htmlEscape(text);
}

bool isBold(const QTextCharFormat &format)
{
    return format.hasProperty(QTextFormat::FontWeight) && format.fontWeight() > QFont::Normal;
}

// Code spans: Qt 6 marks them fixed-pitch; Qt 5 only gives them the fixed font's
// family, and nothing else in parsed Markdown names a family.
bool isCode(const QTextCharFormat &format)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const int family = QTextFormat::OldFontFamily;
#else
    const int family = QTextFormat::FontFamily;
#endif
    return format.fontFixedPitch() || format.hasProperty(family) || format.hasProperty(QTextFormat::FontFamilies);
}

// The runs of one block: text with its emphasis, links and line breaks.
// heading: Qt's bold on headings and table headers is theirs, not the writer's.
QString inlineHtml(const QTextBlock &block, bool heading = false)
{
    QString html;
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        QString text;
        if (format.isImageFormat()) {
            // Never loaded: an image shows as its address.
            text = escape(format.toImageFormat().name());
        } else {
            text = escape(fragment.text());
            text.replace(QChar(QChar::LineSeparator), QStringLiteral("<br/>"));
            text.replace(QChar(QChar::ObjectReplacementCharacter), QString());
        }
        if (isCode(format))
            text = QStringLiteral("<code>") + text + QStringLiteral("</code>");
        if (format.fontStrikeOut())
            text = QStringLiteral("<s>") + text + QStringLiteral("</s>");
        if (format.fontItalic())
            text = QStringLiteral("<em>") + text + QStringLiteral("</em>");
        if (isBold(format) && !heading) // Qt makes headings bold; the heading says so already
            text = QStringLiteral("<strong>") + text + QStringLiteral("</strong>");
        if (format.isAnchor()) {
            // Only web addresses become links; anything else (javascript:, file:) stays text.
            const QString href = exporttext::webUrl(format.anchorHref());
            if (!href.isEmpty())
                text = QStringLiteral("<a href=\"") + escape(href) + QStringLiteral("\" rel=\"noopener noreferrer\">")
                    + text + QStringLiteral("</a>");
        }
        html += text;
    }
    // Merge the seams between runs of the same style ("</em><em>").
    for (const char *tag : {"code", "s", "em", "strong"}) {
        const QString seam = QStringLiteral("</%1><%1>").arg(QLatin1String(tag));
        html.remove(seam);
    }
    return html;
}

// Writes blocks and frames, keeping the lists and block quotes they belong to open
// across blocks.
class Writer
{
public:
    QString html;

    void frame(QTextFrame *frame)
    {
        for (QTextFrame::iterator it = frame->begin(); !it.atEnd(); ++it) {
            if (QTextFrame *child = it.currentFrame()) {
                closeAll();
                if (auto *table = qobject_cast<QTextTable *>(child))
                    this->table(table);
                else
                    this->frame(child);
            } else {
                block(it.currentBlock());
            }
        }
        closeAll();
    }

private:
    struct OpenList
    {
        QTextList *list;
        QString tag;
    };

    void block(const QTextBlock &block)
    {
        const QTextBlockFormat format = block.blockFormat();
        const bool code = format.nonBreakableLines() || format.hasProperty(QTextFormat::BlockCodeFence);
        if (!code && m_inCode)
            closeCode();
        setQuoteLevel(format.intProperty(QTextFormat::BlockQuoteLevel));
        QTextList *list = block.textList();
        if (!list)
            closeLists(0);
        if (code) {
            if (!m_inCode)
                html += QStringLiteral("<pre><code>");
            else
                html += QLatin1Char('\n');
            m_inCode = true;
            html += escape(block.text());
            return;
        }
        if (list) {
            listItem(list, block);
            return;
        }
        const int level = format.headingLevel();
        const QString content = inlineHtml(block, level > 0);
        if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            html += QStringLiteral("<hr/>");
            return;
        }
        if (content.isEmpty())
            return;
        if (level > 0) {
            // A note lives inside a page: its headings rank below the page's own.
            const QString tag = QStringLiteral("h%1").arg(qMin(6, level + 3));
            html += QLatin1Char('<') + tag + QLatin1Char('>') + content + QStringLiteral("</") + tag + QLatin1Char('>');
            return;
        }
        html += QStringLiteral("<p>") + content + QStringLiteral("</p>");
    }

    void listItem(QTextList *list, const QTextBlock &block)
    {
        const auto inStack = [this](QTextList *l) {
            for (const OpenList &open : m_lists) {
                if (open.list == l)
                    return true;
            }
            return false;
        };
        if (inStack(list)) {
            while (m_lists.back().list != list)
                closeList();
            html += QStringLiteral("</li>");
        } else {
            const int indent = list->format().indent();
            while (!m_lists.empty() && m_lists.back().list->format().indent() >= indent)
                closeList();
            const QTextListFormat::Style style = list->format().style();
            const bool ordered = style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha
                || style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman
                || style == QTextListFormat::ListUpperRoman;
            const QString tag = ordered ? QStringLiteral("ol") : QStringLiteral("ul");
            html += QLatin1Char('<') + tag + QLatin1Char('>');
            m_lists.push_back({list, tag});
        }
        QString marker;
        switch (block.blockFormat().marker()) {
        case QTextBlockFormat::MarkerType::Checked:
            marker = QStringLiteral("☑ ");
            break;
        case QTextBlockFormat::MarkerType::Unchecked:
            marker = QStringLiteral("☐ ");
            break;
        case QTextBlockFormat::MarkerType::NoMarker:
            break;
        }
        html += QStringLiteral("<li>") + marker + inlineHtml(block);
    }

    void table(QTextTable *table)
    {
        html += QStringLiteral("<table>");
        for (int row = 0; row < table->rows(); ++row) {
            html += QStringLiteral("<tr>");
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.row() != row || cell.column() != column)
                    continue; // covered by a spanning cell
                QStringList lines;
                for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                    if (!it.currentFrame())
                        lines << inlineHtml(it.currentBlock(), row == 0); // Qt bolds the header row
                }
                const QString tag = row == 0 ? QStringLiteral("th") : QStringLiteral("td");
                html += QLatin1Char('<') + tag + QLatin1Char('>') + lines.join(QStringLiteral("<br/>"))
                    + QStringLiteral("</") + tag + QLatin1Char('>');
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }

    void setQuoteLevel(int level)
    {
        if (level == m_quoteLevel)
            return;
        closeLists(0);
        if (m_inCode)
            closeCode();
        for (; m_quoteLevel < level; ++m_quoteLevel)
            html += QStringLiteral("<blockquote>");
        for (; m_quoteLevel > level; --m_quoteLevel)
            html += QStringLiteral("</blockquote>");
    }

    void closeList()
    {
        html += QStringLiteral("</li></") + m_lists.back().tag + QLatin1Char('>');
        m_lists.pop_back();
    }

    void closeLists(size_t keep)
    {
        while (m_lists.size() > keep)
            closeList();
    }

    void closeCode()
    {
        while (html.endsWith(QLatin1Char('\n'))) // Qt 5 ends a fence with an empty line
            html.chop(1);
        html += QStringLiteral("</code></pre>");
        m_inCode = false;
    }

    void closeAll()
    {
        if (m_inCode)
            closeCode();
        closeLists(0);
        setQuoteLevel(0);
    }

    std::vector<OpenList> m_lists;
    int m_quoteLevel = 0;
    bool m_inCode = false;
};

// The note parsed as GitHub Markdown, raw HTML kept as text.
void load(QTextDocument &document, const QString &text)
{
    // Qt's importer sizes code by the default font's pixel size, which a font given in
    // points (the default without a QGuiApplication, as in `bitext export`) lacks:
    // it would warn. Sizes are not written out, so any size does.
    QFont font = document.defaultFont();
    font.setPixelSize(16);
    document.setDefaultFont(font);
    document.setMarkdown(exporttext::xmlSafe(text),
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
}

} // namespace

QString NoteHtml::fromMarkdown(const QString &markdown)
{
    const QString text = markdown.trimmed();
    if (text.isEmpty())
        return {};
    QTextDocument document;
    load(document, text);
    Writer writer;
    writer.frame(document.rootFrame());
    return writer.html;
}

QString NoteHtml::plainText(const QString &markdown)
{
    const QString text = markdown.trimmed();
    if (text.isEmpty())
        return {};
    QTextDocument document;
    load(document, text);
    return document.toPlainText().trimmed();
}

} // namespace bitext
