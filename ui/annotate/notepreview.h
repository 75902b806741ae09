#pragma once

#include <QTextBrowser>

namespace bitext::ui {

// Renders a Markdown note. It never loads anything the note names: images and other
// resources, local or remote, resolve to nothing, and links are not followed (a
// click only emits linkClicked, for the caller to decide).
class NotePreview : public QTextBrowser
{
    Q_OBJECT

public:
    explicit NotePreview(QWidget *parent = nullptr);

    void setMarkdownText(const QString &markdown);
    // How many resources the note asked for (and did not get): for tests.
    int refusedResources() const { return m_refused; }

    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void linkClicked(const QUrl &url);

private:
    int m_refused = 0;
};

} // namespace bitext::ui
