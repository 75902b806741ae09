#pragma once

#include "ui/common/syntaxhighlighting.h"

namespace bitext::ui {

// Markdown highlighting of a note (see SyntaxHighlighting).
class MarkdownHighlighting : public SyntaxHighlighting
{
    Q_OBJECT

public:
    MarkdownHighlighting(QTextDocument *document, QWidget *paletteSource);
};

} // namespace bitext::ui
