#include "ui/annotate/notepreview.h"

namespace bitext::ui {

NotePreview::NotePreview(QWidget *parent)
    : OfflineBrowser(parent)
{
}

void NotePreview::setMarkdownText(const QString &markdown)
{
    // QTextDocument::setMarkdown asks loadResource() for images; QTextBrowser's own
    // setSource() would read files, which is why this class never calls it.
    document()->setMarkdown(markdown);
}

} // namespace bitext::ui
