#pragma once

#include "ui/common/offlinebrowser.h"

namespace bitext::ui {

// Renders a Markdown note. It never loads anything the note names (images and other
// resources, local or remote, resolve to nothing), and a click on a link only offers
// a web address to the browser after showing it (OfflineBrowser).
class NotePreview : public OfflineBrowser
{
    Q_OBJECT

public:
    explicit NotePreview(QWidget *parent = nullptr);

    void setMarkdownText(const QString &markdown);
};

} // namespace bitext::ui
