#pragma once

#include <QString>

namespace bitext {

// A note's Markdown as HTML that is safe wherever it is shown (an exported page, a PDF,
// a tooltip). Qt parses the Markdown (QTextDocument::setMarkdown, GitHub dialect, raw
// HTML in the note kept as text); the HTML is then written from the parsed structure
// with inert elements only: paragraphs, headings, lists, block quotes, code, emphasis,
// strong, strike-through, tables, and links to http(s) addresses. Anything else (an
// image, a javascript: link) becomes its text, so nothing runs and nothing is loaded.
class NoteHtml
{
public:
    // XHTML (well-formed, for the HTML export), without a surrounding element.
    static QString fromMarkdown(const QString &markdown);
    // The same note as the plain text it reads as (markup gone), for places that show
    // text verbatim, such as a REFI-QDA selection's Description.
    static QString plainText(const QString &markdown);
};

} // namespace bitext
