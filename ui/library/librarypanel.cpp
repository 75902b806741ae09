#include "ui/library/librarypanel.h"

#include "models/item/documentlistmodel.h"
#include "models/item/itemroles.h"
#include "ui/common/languagechange.h"
#include "ui/library/documentdelegate.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace bitext::ui {

LibraryPanel::LibraryPanel(QWidget *parent)
    : QWidget(parent), m_model(new DocumentListModel(this)), m_proxy(new DocumentFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("libraryFilter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &LibraryPanel::setFilterText);

    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("librarySort"));
    for (auto key : {DocumentFilterProxy::SortKey::Title, DocumentFilterProxy::SortKey::Date,
             DocumentFilterProxy::SortKey::Imported})
        m_sort->addItem(QString(), int(key));
    connect(m_sort, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_proxy->setSortKey(DocumentFilterProxy::SortKey(m_sort->currentData().toInt()));
    });

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new DocumentDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (m_quiet || !current.isValid())
            return;
        m_current = current.data(ItemRole::DocumentIdRole).toLongLong();
        emit currentDocumentChanged(m_current);
    });

    // Keep the current document across reloads (the library changes under us).
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryPanel::markCurrent);
    // The open document removed (here or elsewhere): the view would make a neighbour
    // current, which is no reason to open it.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_quiet = true; });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_quiet = false;
        markCurrent();
    });

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(6, 6, 6, 4);
    controls->setSpacing(4);
    controls->addWidget(m_filter, 1);
    controls->addWidget(m_sort);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    onLanguageChange(this, [this] { retranslate(); });
}

void LibraryPanel::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter by title, speaker, tag…"));
    m_filter->setAccessibleName(tr("Filter the library"));
    m_sort->setItemText(0, tr("Title"));
    m_sort->setItemText(1, tr("Date"));
    m_sort->setItemText(2, tr("Imported"));
    m_sort->setToolTip(tr("Sort the library"));
    m_sort->setAccessibleName(tr("Sort the library"));
    m_view->setAccessibleName(tr("Documents"));
}

void LibraryPanel::setLibrary(Library *library)
{
    m_current = 0;
    m_model->setLibrary(library);
}

void LibraryPanel::setFilterText(const QString &text)
{
    // When the current document drops out of the list, the view moves its current row to
    // a neighbour: that is not the user choosing a document, so nothing is opened.
    {
        const QScopedValueRollback<bool> quiet(m_quiet, true);
        m_proxy->setTextFilter(text);
    }
    markCurrent();
}

void LibraryPanel::markCurrent()
{
    const QScopedValueRollback<bool> quiet(m_quiet, true);
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfDocument(m_current));
    QItemSelectionModel *selection = m_view->selectionModel();
    if (index == selection->currentIndex())
        return;
    if (index.isValid()) {
        selection->setCurrentIndex(index, QItemSelectionModel::Select);
        m_view->scrollTo(index);
    } else {
        selection->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    }
}

qint64 LibraryPanel::currentDocumentId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ItemRole::DocumentIdRole).toLongLong() : 0;
}

QList<qint64> LibraryPanel::selectedDocumentIds() const
{
    // selectedRows() wants every column of a row selected; a list view selects only the
    // column it shows, so with a multi-column model it would always be empty.
    QList<qint64> ids;
    const QModelIndexList indexes = m_view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : indexes) {
        const qint64 id = index.data(ItemRole::DocumentIdRole).toLongLong();
        if (index.column() == m_view->modelColumn() && !ids.contains(id))
            ids << id;
    }
    return ids;
}

void LibraryPanel::selectDocument(qint64 documentId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfDocument(documentId));
    m_current = documentId;
    if (!index.isValid())
        return markCurrent();
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
}

void LibraryPanel::setSortKey(DocumentFilterProxy::SortKey key)
{
    m_sort->setCurrentIndex(m_sort->findData(int(key)));
    m_proxy->setSortKey(key);
}

DocumentFilterProxy::SortKey LibraryPanel::sortKey() const
{
    return m_proxy->sortKey();
}

} // namespace bitext::ui
