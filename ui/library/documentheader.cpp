#include "ui/library/documentheader.h"

#include "models/text/untrustedtext.h"
#include "ui/common/externallink.h"
#include "ui/common/languagechange.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>
#include <QUrl>

namespace bitext::ui {

DocumentHeader::DocumentHeader(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("documentHeader"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("documentTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText); // a title from an imported file is text, never HTML
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("documentFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText); // built here, every value escaped
    m_facts->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_facts, &QLabel::linkActivated, this, [this](const QString &link) { ExternalLink::open(this, link); });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("documentSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_edit = new QToolButton(this);
    m_edit->setObjectName(QStringLiteral("editDocumentButton"));
    m_edit->setIcon(QIcon::fromTheme(QStringLiteral("document-properties")));
    m_edit->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_edit->setAutoRaise(true);
    connect(m_edit, &QToolButton::clicked, this, &DocumentHeader::editRequested);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(18, 12, 12, 10);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_edit, 0, 1, Qt::AlignTop | Qt::AlignRight);
    layout->addWidget(m_facts, 1, 0, 1, 2);
    layout->addWidget(m_summary, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    onLanguageChange(this, [this] {
        m_edit->setText(tr("Edit…"));
        m_edit->setToolTip(tr("Edit the title, date, people, tags and summary"));
        // Tab reaches the source link in the facts line: a screen reader names the stop.
        m_facts->setAccessibleName(tr("Document details"));
        refresh(); // "Tags: …"
    });
}

void DocumentHeader::setDocument(const Document &document)
{
    m_document = document;
    refresh();
}

void DocumentHeader::refresh()
{
    const Document &d = m_document;
    setVisible(d.id != 0);
    m_title->setText(d.title);

    QColor muted = palette().color(QPalette::WindowText);
    muted.setAlphaF(0.65);
    QStringList facts;
    if (!d.date.isEmpty())
        facts << d.date.toHtmlEscaped();
    if (!d.people.isEmpty())
        facts << d.people.join(QStringLiteral(", ")).toHtmlEscaped();
    // Only a web address becomes a link; anything else (file:, javascript:) shows as text.
    const QString source = d.sourceUrl.trimmed();
    const QUrl url(source, QUrl::StrictMode);
    if (untrustedtext::isWebAddress(url)) {
        facts << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), url.host().toHtmlEscaped());
    } else if (!source.isEmpty()) {
        facts << source.toHtmlEscaped();
    }
    if (!d.keywords.isEmpty())
        facts << tr("Tags: %1").arg(d.keywords.join(QStringLiteral(", ")).toHtmlEscaped());
    m_facts->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(muted.name(QColor::HexArgb), facts.join(QStringLiteral(" &nbsp;·&nbsp; "))));
    m_facts->setVisible(!facts.isEmpty());
    m_facts->setToolTip(untrustedtext::shownLiterally(d.sourceUrl));

    // A long summary is cut to a few lines; the full text is in the tooltip and the editor.
    QString summary = d.summary.simplified();
    if (summary.size() > 320)
        summary = summary.left(320) + QStringLiteral("…");
    m_summary->setText(summary);
    m_summary->setToolTip(d.summary.size() > 320 ? untrustedtext::shownLiterally(d.summary) : QString());
    m_summary->setVisible(!summary.isEmpty());
}

void DocumentHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

} // namespace bitext::ui
