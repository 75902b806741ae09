#include "ui/annotate/markdownhighlighting.h"

namespace bitext::ui {

MarkdownHighlighting::MarkdownHighlighting(QTextDocument *document, QWidget *paletteSource)
    : SyntaxHighlighting(document, paletteSource, QStringLiteral("Markdown"))
{
}

} // namespace bitext::ui
