#include "models/export/htmlexporter.h"

#include "models/export/exporttext.h"
#include "models/export/notehtml.h"

namespace bitext {

namespace {

const char kStyle[]
    = "body{font-family:'Noto Sans CJK SC','Noto Sans',sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;"
      "color:#1d1d1f;background:#fff;line-height:1.55}"
      "h1{font-size:1.7rem}h2{font-size:1.3rem;border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2.2rem}"
      ".meta{color:#666;font-size:.9rem}"
      "article{border-left:6px solid #ccc;margin:1.2rem 0;padding:.4rem .8rem;background:#fafafa}"
      ".head{font-size:.85rem;color:#555;margin-bottom:.3rem}"
      ".pair{display:flex;gap:1rem;flex-wrap:wrap;align-items:flex-start}"
      ".pair blockquote{flex:1 1 20rem;margin:0;padding:.4rem .6rem;border-radius:4px;white-space:pre-wrap}"
      ".other{background:#f0f0f0;color:#333}"
      ".tags{list-style:none;padding:0;margin:.4rem 0 0}"
      ".tags li{display:inline-block;margin:0 .3rem .2rem 0;padding:0 .5rem;border-radius:.8rem;font-size:.8rem;"
      "border:1px solid #bbb}"
      ".note{margin-top:.5rem;padding:.1rem .6rem;border:1px dashed #bbb;background:#fff}"
      ".note p,.note ul,.note ol,.note pre,.note blockquote{margin:.3rem 0}"
      ".note blockquote{border-left:3px solid #ccc;padding-left:.6rem;color:#444}"
      ".note pre{white-space:pre-wrap;background:#f4f4f4;padding:.3rem}"
      "@media print{article{break-inside:avoid}}";

QString cssColor(const QColor &color, double alpha)
{
    // Built from numbers only: no user text ever reaches a style attribute.
    return QStringLiteral("rgba(%1,%2,%3,%4)")
        .arg(color.red())
        .arg(color.green())
        .arg(color.blue())
        .arg(alpha, 0, 'f', 2);
}

} // namespace

QString HtmlExporter::escape(const QString &text)
{
    return exporttext::htmlEscape(text);
}

QString HtmlExporter::link(const QString &url, const QString &label)
{
    const QString href = exporttext::webUrl(url);
    if (href.isEmpty())
        return escape(label);
    return QStringLiteral("<a href=\"") + escape(href) + QStringLiteral("\" rel=\"noopener noreferrer\">")
        + escape(label) + QStringLiteral("</a>");
}

QByteArray HtmlExporter::render(const ExportData &data) const
{
    const QString title = exporttext::exportTitle(data);
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh\">\n<head>\n"
                           "<meta charset=\"utf-8\"/>\n"
                           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                           "style-src 'unsafe-inline'; img-src data:; form-action 'none'\"/>\n"
                           "<meta name=\"referrer\" content=\"no-referrer\"/>\n"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
        + escape(title) + QStringLiteral("</title>\n<style>") + QLatin1String(kStyle)
        + QStringLiteral("</style>\n</head>\n<body>\n<h1>") + escape(title) + QStringLiteral("</h1>\n");
    html += QStringLiteral("<p class=\"meta\">")
        + escape(tr("Exported from Bitext on %1 · %n quote(s)", nullptr, int(data.quotes.size()))
                     .arg(exporttext::isoUtc(data.exportedAt)))
        + QStringLiteral("</p>\n");
    for (const ExportGroup &group : data.groups) {
        html += QStringLiteral("<section class=\"group\">\n");
        if (data.groupsHaveHeadings())
            html += QStringLiteral("<h2>") + escape(group.title) + QStringLiteral("</h2>\n");
        if (group.documentIndex >= 0)
            html += documentHeader(data.documents.at(group.documentIndex));
        for (int q : group.quotes) {
            html += quoteArticle(data, data.quotes.at(q));
            quoteRendered();
        }
        html += QStringLiteral("</section>\n");
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

QString HtmlExporter::noteDiv(const QString &markdown)
{
    // Rendered from the Markdown the user wrote, with inert elements only.
    return QStringLiteral("<div class=\"note\">") + NoteHtml::fromMarkdown(exporttext::plainText(markdown))
        + QStringLiteral("</div>\n");
}

QString HtmlExporter::documentHeader(const ExportDocument &doc)
{
    QStringList meta;
    if (!doc.document.date.isEmpty())
        meta << escape(doc.document.date);
    if (!doc.document.sourceUrl.isEmpty())
        meta << link(doc.document.sourceUrl, doc.document.sourceUrl);
    else if (!doc.document.sourceFile.isEmpty())
        meta << escape(doc.document.sourceFile);
    if (!doc.speakers.isEmpty())
        meta << escape(doc.speakers.join(QStringLiteral(", ")));
    QString html = QStringLiteral("<p class=\"meta\">") + meta.join(QStringLiteral(" · ")) + QStringLiteral("</p>\n");
    if (!doc.note.trimmed().isEmpty())
        html += noteDiv(doc.note);
    return html;
}

QString HtmlExporter::quoteArticle(const ExportData &data, const ExportQuote &quote)
{
    const Annotation &a = quote.annotation;
    const QColor color = a.color.isValid() ? a.color : QColor(QStringLiteral("#f5d76e"));
    QStringList head;
    if (!quote.speaker.isEmpty())
        head << QStringLiteral("<strong>") + escape(quote.speaker) + QStringLiteral("</strong>");
    if (data.request.grouping == ExportGrouping::ByTag) // under a document heading, the title is known
        head << QStringLiteral("<em>") + escape(data.documents.at(quote.documentIndex).document.title)
                + QStringLiteral("</em>");
    head << escape(exporttext::positionLabel(a));
    if (quote.hasTimes())
        head << QStringLiteral("<span class=\"time\">") + escape(exporttext::timeLabel(quote))
                + QStringLiteral("</span>");
    if (!a.author.isEmpty())
        head << escape(a.author);

    QString html = QStringLiteral("<article class=\"quote\" style=\"border-left-color:") + cssColor(color, 1.0)
        + QStringLiteral("\">\n<div class=\"head\">") + head.join(QStringLiteral(" · ")) + QStringLiteral("</div>\n")
        + QStringLiteral("<div class=\"pair\">");
    for (const Side side : {Side::Zh, Side::En}) {
        const QString &text = side == Side::Zh ? quote.zh : quote.en;
        if (text.isEmpty())
            continue;
        const bool highlighted = side == a.side;
        html += QStringLiteral("<blockquote lang=\"") + sideName(side) + QStringLiteral("\" class=\"")
            + (highlighted ? QStringLiteral("highlight") : QStringLiteral("other")) + QLatin1Char('"');
        if (highlighted)
            html += QStringLiteral(" style=\"background-color:") + cssColor(color, 0.35) + QLatin1Char('"');
        html += QLatin1Char('>') + escape(text) + QStringLiteral("</blockquote>");
    }
    html += QStringLiteral("</div>\n");
    if (!quote.tags.isEmpty()) {
        html += QStringLiteral("<ul class=\"tags\">");
        for (const Tag &t : quote.tags) {
            html += QStringLiteral("<li");
            if (t.color.isValid())
                html += QStringLiteral(" style=\"border-color:") + cssColor(t.color, 1.0)
                    + QStringLiteral(";background-color:") + cssColor(t.color, 0.18) + QLatin1Char('"');
            html += QLatin1Char('>') + escape(t.path) + QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>\n");
    }
    if (!quote.note.trimmed().isEmpty())
        html += noteDiv(quote.note);
    html += QStringLiteral("</article>\n");
    return html;
}

} // namespace bitext
