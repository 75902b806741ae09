#include "ui/export/exportpreview.h"

#include "models/text/offlinedocument.h"
#include "ui/common/offlinebrowser.h"
#include "ui/common/syntaxhighlighting.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QHash>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace bitext::ui {

namespace {

const QString kUtf8Bom = QStringLiteral("\uFEFF");

} // namespace

ExportPreview::ExportPreview(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_source(new QPlainTextEdit(this))
    , m_document(new OfflineBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_source->setObjectName(QStringLiteral("exportPreviewSource"));
    m_source->setReadOnly(true);
    m_source->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!QFontInfo(fixed).fixedPitch()) { // e.g. Qt 5 without a platform theme
        fixed.setFamily(QStringLiteral("monospace"));
        fixed.setStyleHint(QFont::TypeWriter);
    }
    m_source->setFont(fixed);
    m_source->setMinimumWidth(360);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_document->setObjectName(QStringLiteral("exportPreviewDocument"));
    m_stack->addWidget(m_source);
    m_stack->addWidget(m_document);
    replaceSourceDocument(QString());
}

ExportPreview::~ExportPreview()
{
    // The view goes before the document it shows.
    delete m_document;
}

QString ExportPreview::definitionFor(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("Markdown");
    case ExportFormat::Html:
        return QStringLiteral("HTML");
    case ExportFormat::WebAnnotation:
        return QStringLiteral("JSON");
    case ExportFormat::RefiCodebook:
        return QStringLiteral("XML");
    case ExportFormat::Csv:
        return QStringLiteral("CSV"); // rainbow columns in newer KSyntaxHighlighting; plain where unknown
    case ExportFormat::Pdf:
    case ExportFormat::Odt:
    case ExportFormat::RefiProject:
        break;
    }
    return {};
}

void ExportPreview::setExport(const ExportData &data, ExportFormat format)
{
    setPreview(ExportJob::present(data, format, thread()), format);
}

void ExportPreview::setPreview(const ExportJob::Preview &preview, ExportFormat format)
{
    if (!preview.error.isEmpty()) {
        showMessage(preview.error);
    } else if (preview.document) {
        // The HTML page as a browser shows it (loading nothing), PDF and ODT as printed.
        showDocument(preview.document, true);
    } else if (format == ExportFormat::RefiProject) {
        auto document = std::make_shared<OfflineDocument>();
        document->setHtml(projectSummary(preview.data));
        showDocument(document, false);
    } else {
        QString text = preview.text;
        // The BOM and CSV's CRLF are for other programs; shown, they would be noise.
        if (text.startsWith(kUtf8Bom))
            text.remove(0, 1);
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        showSource(text, format);
    }
}

void ExportPreview::showMessage(const QString &message)
{
    auto document = std::make_shared<OfflineDocument>();
    document->setPlainText(message);
    showDocument(document, false);
}

QString ExportPreview::text() const
{
    return showsSource() ? m_source->toPlainText() : m_document->toPlainText();
}

bool ExportPreview::showsSource() const
{
    return m_stack->currentWidget() == m_source;
}

void ExportPreview::showSource(const QString &text, ExportFormat format)
{
    QString shown = text;
    if (shown.size() > kMaxPreviewChars) {
        shown.truncate(kMaxPreviewChars);
        shown += QLatin1Char('\n') + tr("… (the preview stops here; the file holds everything)");
    }
    // Highlighting runs while the text is set, so the language is chosen first.
    replaceSourceDocument(definitionFor(format));
    m_source->document()->setPlainText(shown);
    m_stack->setCurrentWidget(m_source);
}

void ExportPreview::replaceSourceDocument(const QString &definition)
{
    // A fresh document for each text. KSyntaxHighlighting goes on through a long text
    // in queued steps naming blocks of its document; text replaced under them crashes
    // (KF5). The old document (with its highlighter) goes after those steps, and they
    // then find that it is no longer the one shown.
    auto *document = new QTextDocument(m_source);
    document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    document->setDefaultFont(m_source->font());
    m_highlighting = new SyntaxHighlighting(document, m_source, definition);
    // Ours (not the first, which the view owns and deletes itself) go later.
    QTextDocument *old = m_source->document();
    if (old && old->parent() == m_source)
        old->deleteLater();
    m_source->setDocument(document);
}

void ExportPreview::showDocument(const std::shared_ptr<QTextDocument> &document, bool paper)
{
    if (paper) {
        document->setDocumentMargin(24);
        // The writers colour quotes and tags for white paper; the palette's text colour
        // would vanish on those backgrounds in a dark theme.
        QPalette palette = m_document->palette();
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::Text, Qt::black);
        m_document->setPalette(palette);
    } else {
        document->setDocumentMargin(12);
        m_document->setPalette(QPalette());
    }
    // The view does not own documents it is given (they have no parent): the one
    // shown is kept here until the next replaces it.
    m_document->setDocument(document.get());
    m_laidOut = document;
    m_stack->setCurrentWidget(m_document);
}

QString ExportPreview::projectSummary(const ExportData &data) const
{
    QHash<int, int> quotesPerDocument;
    for (const ExportQuote &q : data.quotes)
        ++quotesPerDocument[q.documentIndex];
    QString html
        = QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><ul>")
              .arg(tr("REFI-QDA project").toHtmlEscaped(),
                  tr("For NVivo, ATLAS.ti, MAXQDA and QualCoder: a project file and one text "
                     "source per document side, with the quotes as coded selections.")
                      .toHtmlEscaped(),
                  tr("Quotes: %1 · Documents: %2").arg(data.quotes.size()).arg(data.documents.size()).toHtmlEscaped());
    for (int i = 0; i < data.documents.size(); ++i) {
        html += QStringLiteral("<li>%1 (%2)</li>")
                    .arg(data.documents.at(i).document.title.toHtmlEscaped())
                    .arg(quotesPerDocument.value(i));
    }
    html += QStringLiteral("</ul><p>%1</p><p>%2</p>")
                .arg(tr("Codes used: %1 of the %2 in the codebook (all of them go into the project).")
                         .arg(data.usedTagPaths.size())
                         .arg(data.tags.size())
                         .toHtmlEscaped(),
                    data.usedTagPaths.join(QStringLiteral(" · ")).toHtmlEscaped());
    return html;
}

} // namespace bitext::ui
