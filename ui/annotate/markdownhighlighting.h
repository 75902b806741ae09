#pragma once

#include <QObject>
#include <QPointer>

class QTextDocument;
class QWidget;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace bitext::ui {

// Markdown highlighting for one QTextDocument through KSyntaxHighlighting, where
// the build has it (BITEXT_HAVE_KSYNTAXHIGHLIGHTING), with the light or dark default
// theme chosen by the lightness of a widget's palette and re-chosen when the palette
// changes. Without KSyntaxHighlighting it does nothing.
class MarkdownHighlighting : public QObject
{
    Q_OBJECT

public:
    MarkdownHighlighting(QTextDocument *document, QWidget *paletteSource);
    ~MarkdownHighlighting() override;

    static bool isAvailable();
    // Name of the theme in use ("" when not highlighting).
    QString themeName() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyTheme();

    QPointer<QWidget> m_paletteSource;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    bool m_dark = false;
};

} // namespace bitext::ui
