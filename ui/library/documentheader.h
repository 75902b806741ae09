#pragma once

#include "models/domain/document.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace bitext::ui {

// The open document's metadata above the reader: title, date, people, source link, tags
// and summary, with a button to edit them.
class DocumentHeader : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentHeader(QWidget *parent = nullptr);

    void setDocument(const Document &document);
    const Document &document() const { return m_document; }

signals:
    void editRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    Document m_document;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_summary;
    QToolButton *m_edit;
};

} // namespace bitext::ui
