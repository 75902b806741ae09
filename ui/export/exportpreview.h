#pragma once

#include "models/export/exportdata.h"
#include "models/export/exportjob.h"

#include <QWidget>

#include <memory>

class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;
class QTextDocument;

namespace bitext::ui {

class SyntaxHighlighting;

// Shows what an export will contain: the text formats (Markdown, CSV, JSON-LD,
// REFI-QDA codebook) as the exact text of the file, highlighted where the build has
// KSyntaxHighlighting; HTML as the page (rendered by Qt, loading nothing it names);
// PDF and ODT as the laid-out document their writers print (on white, like paper);
// a REFI-QDA project as a summary of what it holds.
class ExportPreview : public QWidget
{
    Q_OBJECT

public:
    explicit ExportPreview(QWidget *parent = nullptr);
    ~ExportPreview() override;

    // Renders and lays out here, on the calling thread.
    void setExport(const ExportData &data, ExportFormat format);
    // Shows what a worker rendered and laid out (ExportJob::preview).
    void setPreview(const ExportJob::Preview &preview, ExportFormat format);
    // A message instead of a preview (nothing to export, an error).
    void showMessage(const QString &message);

    // The text shown, whichever view shows it.
    QString text() const;
    bool showsSource() const;
    QPlainTextEdit *sourceView() const { return m_source; }
    QTextBrowser *documentView() const { return m_document; }
    SyntaxHighlighting *highlighting() const { return m_highlighting; }

    // Longer text is cut in the preview (the file gets all of it): a plain text
    // view with highlighting slows down on megabytes.
    static constexpr int kMaxPreviewChars = 200000;
    // The KSyntaxHighlighting language for a text format ("" for none).
    static QString definitionFor(ExportFormat format);

private:
    void showSource(const QString &text, ExportFormat format);
    void replaceSourceDocument(const QString &definition);
    // paper: drawn black on white whatever the palette, as it will print.
    void showDocument(const std::shared_ptr<QTextDocument> &document, bool paper);
    QString projectSummary(const ExportData &data) const;

    QStackedWidget *m_stack;
    QPlainTextEdit *m_source;
    QTextBrowser *m_document;
    SyntaxHighlighting *m_highlighting = nullptr; // of the source view's document
    std::shared_ptr<QTextDocument> m_laidOut; // shown by m_document, replaced with each preview
};

} // namespace bitext::ui
