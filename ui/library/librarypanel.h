#pragma once

#include "models/item/documentfilterproxy.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;

namespace bitext {
class DocumentListModel;
class Library;
}

namespace bitext::ui {

// The library sidebar: every document as a card, a filter box, a sort order and
// multi-selection. Opening and deleting are left to the window (signals).
class LibraryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPanel(QWidget *parent = nullptr);

    void setLibrary(Library *library);
    qint64 currentDocumentId() const;
    QList<qint64> selectedDocumentIds() const;
    void selectDocument(qint64 documentId);
    void setSortKey(DocumentFilterProxy::SortKey key);
    DocumentFilterProxy::SortKey sortKey() const;

    QLineEdit *filterEdit() const { return m_filter; }
    QListView *view() const { return m_view; }
    DocumentFilterProxy *proxy() const { return m_proxy; }
    DocumentListModel *model() const { return m_model; }

signals:
    void currentDocumentChanged(qint64 documentId);

private:
    void retranslate();
    void setFilterText(const QString &text);
    // Makes the view's current row the open document's again, or none while the filter
    // hides it, without announcing a change.
    void markCurrent();

    DocumentListModel *m_model;
    DocumentFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_sort;
    QListView *m_view;
    qint64 m_current = 0; // the document the user chose (or the window opened)
    bool m_quiet = false;
};

} // namespace bitext::ui
