#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QTextDocument;
class QWidget;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace bitext::ui {

// Highlighting of one QTextDocument in a KSyntaxHighlighting language ("Markdown",
// "HTML", "JSON", "XML", ...), where the build has it (BITEXT_HAVE_KSYNTAXHIGHLIGHTING),
// in the theme chosen in Preferences or else the light or dark default theme chosen by
// the lightness of a widget's palette, re-chosen when either changes. Without KSyntaxHighlighting it does nothing.
class SyntaxHighlighting : public QObject
{
    Q_OBJECT

public:
    SyntaxHighlighting(QTextDocument *document, QWidget *paletteSource, const QString &definitionName);
    ~SyntaxHighlighting() override;

    static bool isAvailable();
    // The themes the build offers, by name (none without KSyntaxHighlighting).
    static QStringList themeNames();
    // Switches the language; a name the repository does not know turns highlighting off.
    void setDefinition(const QString &definitionName);
    // The language in use ("" when not highlighting).
    QString definitionName() const;
    // Name of the theme in use ("" when not highlighting).
    QString themeName() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyTheme();

    QPointer<QWidget> m_paletteSource;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace bitext::ui
