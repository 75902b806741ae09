#include "ui/annotate/notepreview.h"

#include <QImage>

namespace bitext::ui {

NotePreview::NotePreview(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    connect(this, &QTextBrowser::anchorClicked, this, &NotePreview::linkClicked);
}

void NotePreview::setMarkdownText(const QString &markdown)
{
    // QTextDocument::setMarkdown asks loadResource() for images; QTextBrowser's own
    // setSource() would read files, which is why this class never calls it.
    document()->setMarkdown(markdown);
}

QVariant NotePreview::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(name)
    ++m_refused;
    // Not an empty QVariant: for a null answer QTextDocument falls back to reading
    // local files itself. A blank placeholder ends the lookup here.
    if (type == QTextDocument::ImageResource) {
        QImage blank(1, 1, QImage::Format_ARGB32);
        blank.fill(Qt::transparent);
        return blank;
    }
    return QByteArray(" ");
}

} // namespace bitext::ui
