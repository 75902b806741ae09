#include "ui/library/metadatadialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bitext::ui {

namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !items.contains(item))
            items << item;
    }
    return items;
}

} // namespace

MetadataDialog::MetadataDialog(const Document &document, QWidget *parent) : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Document Information"));
    m_title = new QLineEdit(document.title, this);
    m_url = new QLineEdit(document.sourceUrl, this);
    m_url->setPlaceholderText(QStringLiteral("https://…"));
    m_date = new QLineEdit(document.date, this);
    m_date->setPlaceholderText(tr("YYYY-MM-DD"));
    m_people = new QLineEdit(document.people.join(QStringLiteral(", ")), this);
    m_people->setPlaceholderText(tr("Separated by commas"));
    m_tags = new QLineEdit(document.keywords.join(QStringLiteral(", ")), this);
    m_tags->setPlaceholderText(tr("Separated by commas"));
    m_summary = new QPlainTextEdit(document.summary, this);
    m_summary->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Source link:"), m_url);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&People:"), m_people);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("S&ummary:"), m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MetadataDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MetadataDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 420);
}

Document MetadataDialog::document() const
{
    Document d = m_document;
    d.title = m_title->text().trimmed();
    d.sourceUrl = m_url->text().trimmed();
    d.date = m_date->text().trimmed();
    d.people = splitList(m_people->text());
    d.keywords = splitList(m_tags->text());
    d.summary = m_summary->toPlainText().trimmed();
    return d;
}

void MetadataDialog::accept()
{
    if (m_title->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, tr("Document Information"), tr("A document needs a title."));
        m_title->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace bitext::ui
