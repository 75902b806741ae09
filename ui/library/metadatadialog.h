#pragma once

#include "models/domain/document.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace bitext::ui {

// Edits a document's title, source link, date, people, tags and summary.
class MetadataDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MetadataDialog(const Document &document, QWidget *parent = nullptr);

    // The document with the edited fields.
    Document document() const;

    void accept() override;

private:
    Document m_document;
    QLineEdit *m_title;
    QLineEdit *m_url;
    QLineEdit *m_date;
    QLineEdit *m_people;
    QLineEdit *m_tags;
    QPlainTextEdit *m_summary;
};

} // namespace bitext::ui
