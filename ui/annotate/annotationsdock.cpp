#include "ui/annotate/annotationsdock.h"

#include "models/core/preferences.h"
#include "models/item/annotationfiltermodel.h"
#include "models/item/annotationlistmodel.h"
#include "models/item/annotationroles.h"
#include "models/item/tagtreemodel.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"
#include "models/text/untrustedtext.h"
#include "ui/annotate/noteeditor.h"
#include "ui/annotate/tagpicker.h"
#include "ui/commands/deleteannotationcommand.h"
#include "ui/commands/recolorannotationcommand.h"
#include "ui/commands/retagannotationcommand.h"
#include "ui/common/colorswatch.h"
#include "ui/common/combowidth.h"
#include "ui/common/languagechange.h"
#include "ui/common/treeexpansion.h"
#include "ui/mainwindow/undocontroller.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QSplitter>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace bitext::ui {

AnnotationsDock::AnnotationsDock(Library &library, UndoController *undo, QWidget *parent)
    : QDockWidget(parent)
    , m_library(library)
    , m_undo(undo)
    , m_list(new AnnotationListModel(this))
    , m_filter(new AnnotationFilterModel(this))
    , m_tags(new TagTreeModel(this))
{
    setObjectName(QStringLiteral("annotationsDock"));
    auto *body = new QWidget(this);
    m_scope = new QComboBox(body);
    m_scope->setObjectName(QStringLiteral("annotationScope"));
    m_scope->addItem(QString());
    m_scope->addItem(QString());
    m_text = new QLineEdit(body);
    m_text->setClearButtonEnabled(true);
    m_speaker = new QComboBox(body);
    m_color = new QComboBox(body);
    auto *clear = new QToolButton(body);

    m_tagView = new QTreeView(body);
    m_tagView->setObjectName(QStringLiteral("codebookView"));
    m_tagView->setModel(m_tags);
    m_tagView->setUniformRowHeights(true);
    m_tagView->header()->setStretchLastSection(false);
    m_tagView->header()->setSectionResizeMode(TagTreeModel::NameColumn, QHeaderView::Stretch);
    m_tagView->header()->setSectionResizeMode(TagTreeModel::CountColumn, QHeaderView::ResizeToContents);
    m_listView = new QListView(body);
    m_listView->setObjectName(QStringLiteral("annotationList"));
    m_listView->setModel(m_filter);
    m_listView->setUniformItemSizes(true);
    m_listView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_count = new QLabel(body);
    m_note = new NoteEditor(library, undo, body);
    m_picker = new TagPicker(library, undo, this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_speaker, 1);
    filters->addWidget(m_color, 1);
    filters->addWidget(clear);
    auto *top = new QHBoxLayout;
    top->addWidget(m_scope);
    top->addWidget(m_text, 1);
    auto *listPane = new QWidget(body);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_listView);
    listLayout->addWidget(m_count);
    auto *splitter = new QSplitter(Qt::Vertical, body);
    splitter->addWidget(m_tagView);
    splitter->addWidget(listPane);
    splitter->addWidget(m_note);
    splitter->setStretchFactor(1, 2);
    // Room for a codebook's top level however the docks are arranged.
    splitter->setChildrenCollapsible(false);
    m_tagView->setMinimumHeight(6 * m_tagView->fontMetrics().height());
    auto *layout = new QVBoxLayout(body);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    setWidget(body);

    m_list->setLibrary(&library);
    m_tags->setLibrary(&library);
    m_filter->setSourceModel(m_list);
    m_tagView->expandAll();

    connect(m_scope, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this](int index) {
        m_wantWholeLibrary = index == 1;
        applyScope();
    });
    connect(m_text, &QLineEdit::textChanged, m_filter, &AnnotationFilterModel::setTextFilter);
    connect(m_speaker, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
        [this] { m_filter->setSpeakerFilter(m_speaker->currentData().toLongLong()); });
    connect(m_color, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
        [this] { m_filter->setColorFilter(m_color->currentData().value<QColor>()); });
    connect(clear, &QToolButton::clicked, this, &AnnotationsDock::clearFilters);
    connect(
        m_tagView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
            m_filter->setTagFilter(current.data(AnnotationRole::TagIdRole).toLongLong());
        });
    connect(m_tags, &QAbstractItemModel::modelReset, m_tagView, &QTreeView::expandAll);
    // A tag added or moved (here or elsewhere) shows open, like the rest of the tree.
    expandNewRows(m_tagView);
    connect(m_listView, &QListView::clicked, this, &AnnotationsDock::activate);
    connect(m_listView, &QListView::activated, this, &AnnotationsDock::activate);
    connect(
        m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this, &AnnotationsDock::onCurrentChanged);
    connect(m_listView, &QWidget::customContextMenuRequested, this, &AnnotationsDock::showContextMenu);
    connect(m_picker, &TagPicker::tagPicked, this, &AnnotationsDock::addTagToCurrent);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AnnotationsDock::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AnnotationsDock::updateCount);
    connect(m_list, &QAbstractItemModel::modelReset, this, &AnnotationsDock::refillCombos);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AnnotationsDock::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AnnotationsDock::updateCount);
    connect(m_list, &QAbstractItemModel::dataChanged, this, &AnnotationsDock::refillCombos);
    connect(m_list, &QAbstractItemModel::rowsInserted, this, &AnnotationsDock::refillCombos);
    connect(m_list, &QAbstractItemModel::rowsRemoved, this, &AnnotationsDock::refillCombos);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AnnotationsDock::onCurrentChanged);
    applyScope();
    refillCombos();
    onLanguageChange(this, [this, clear] {
        setWindowTitle(tr("Annotations"));
        m_scope->setItemText(0, tr("This document"));
        m_scope->setItemText(1, tr("Whole library"));
        m_scope->setAccessibleName(tr("Show quotes from"));
        m_text->setPlaceholderText(tr("Filter quotes, notes, tags…"));
        m_text->setAccessibleName(tr("Filter quotes"));
        m_speaker->setAccessibleName(tr("Speaker"));
        m_color->setAccessibleName(tr("Colour"));
        clear->setText(tr("Show all"));
        clear->setToolTip(tr("Clear every filter"));
        m_tagView->setAccessibleName(tr("Codebook"));
        m_listView->setAccessibleName(tr("Quotes"));
        // The first entries of the filters; the rest are names and colours.
        if (m_speaker->count() > 0) {
            m_speaker->setItemText(0, tr("All speakers"));
            fitComboToEntry(m_speaker, 0);
        }
        if (m_color->count() > 0) {
            m_color->setItemText(0, tr("All colours"));
            fitComboToEntry(m_color, 0);
        }
        updateCount();
        // The codebook's column titles come from the model at paint time; the header
        // must measure them again.
        emit m_tags->headerDataChanged(Qt::Horizontal, TagTreeModel::NameColumn, TagTreeModel::CountColumn);
    });
}

void AnnotationsDock::setDocument(qint64 documentId)
{
    m_documentId = documentId;
    applyScope();
}

void AnnotationsDock::setWholeLibrary(bool wholeLibrary)
{
    m_wantWholeLibrary = wholeLibrary;
    applyScope();
}

void AnnotationsDock::applyScope()
{
    // Without an open document the list is the library's, and the scope says so.
    const bool whole = m_wantWholeLibrary || m_documentId == 0;
    if (auto *items = qobject_cast<QStandardItemModel *>(m_scope->model()))
        items->item(0)->setEnabled(m_documentId != 0);
    {
        const QSignalBlocker blocker(m_scope);
        m_scope->setCurrentIndex(whole ? 1 : 0);
    }
    m_list->setDocument(whole ? 0 : m_documentId);
    m_tags->setDocument(whole ? 0 : m_documentId);
}

bool AnnotationsDock::isWholeLibrary() const
{
    return m_scope->currentIndex() == 1;
}

qint64 AnnotationsDock::currentAnnotationId() const
{
    return m_listView->currentIndex().data(AnnotationRole::AnnotationIdRole).toLongLong();
}

void AnnotationsDock::selectAnnotation(qint64 annotationId)
{
    const QModelIndex index = m_filter->mapFromSource(m_list->indexOfAnnotation(annotationId));
    if (!index.isValid())
        return;
    m_listView->setCurrentIndex(index);
    m_listView->scrollTo(index);
}

void AnnotationsDock::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit annotationActivated(index.data(AnnotationRole::DocumentIdRole).toLongLong(),
        index.data(AnnotationRole::AnnotationIdRole).toLongLong());
}

void AnnotationsDock::onCurrentChanged()
{
    m_note->setAnnotation(currentAnnotationId());
}

void AnnotationsDock::removeCurrent()
{
    if (const qint64 id = currentAnnotationId())
        m_undo->push(new DeleteAnnotationCommand(m_library, id));
}

void AnnotationsDock::addTagToCurrent(qint64 tagId)
{
    const QModelIndex index = m_listView->currentIndex();
    QList<qint64> tags;
    const QVariantList current = index.data(AnnotationRole::TagIdsRole).toList();
    for (const QVariant &id : current)
        tags << id.toLongLong();
    if (!index.isValid() || tags.contains(tagId))
        return;
    tags << tagId;
    m_undo->push(new RetagAnnotationCommand(m_library, currentAnnotationId(), tags, shownVersion()));
}

void AnnotationsDock::removeTagFromCurrent(qint64 tagId)
{
    const QModelIndex index = m_listView->currentIndex();
    QList<qint64> tags;
    const QVariantList current = index.data(AnnotationRole::TagIdsRole).toList();
    for (const QVariant &id : current) {
        if (id.toLongLong() != tagId)
            tags << id.toLongLong();
    }
    if (index.isValid() && tags.size() != current.size())
        m_undo->push(new RetagAnnotationCommand(m_library, currentAnnotationId(), tags, shownVersion()));
}

void AnnotationsDock::recolorCurrent(const QColor &color)
{
    if (const qint64 id = currentAnnotationId())
        m_undo->push(new RecolorAnnotationCommand(m_library, id, color, shownVersion()));
}

std::optional<int> AnnotationsDock::shownVersion() const
{
    // The edit is based on what the list shows: if someone changed the quote since,
    // the repository keeps their version in the note instead of losing it.
    const QVariant version = m_listView->currentIndex().data(AnnotationRole::VersionRole);
    return version.isValid() ? std::optional<int>(version.toInt()) : std::nullopt;
}

void AnnotationsDock::clearFilters()
{
    m_text->clear();
    m_speaker->setCurrentIndex(0);
    m_color->setCurrentIndex(0);
    m_tagView->setCurrentIndex(QModelIndex());
    m_filter->setTagFilter(0);
}

void AnnotationsDock::refillCombos()
{
    // Keep the chosen entries across a refill (the model reloads after every edit).
    const qint64 speaker = m_speaker->currentData().toLongLong();
    const QColor color = m_color->currentData().value<QColor>();
    const QSignalBlocker blockSpeaker(m_speaker);
    const QSignalBlocker blockColor(m_color);
    m_speaker->clear();
    m_speaker->addItem(tr("All speakers"), qint64(0));
    const QList<Speaker> speakers = m_list->speakers();
    for (const Speaker &s : speakers)
        m_speaker->addItem(colorSwatch(s.color), s.name, s.id);
    m_color->clear();
    m_color->addItem(tr("All colours"), QColor());
    const QList<QColor> colors = m_list->colors();
    for (const QColor &c : colors)
        m_color->addItem(colorSwatch(c), c.name(), c);
    m_speaker->setCurrentIndex(std::max(0, m_speaker->findData(speaker)));
    m_color->setCurrentIndex(color.isValid() ? std::max(0, m_color->findData(color)) : 0);
}

void AnnotationsDock::updateCount()
{
    m_count->setText(tr("%n quote(s)", nullptr, m_filter->rowCount()));
}

void AnnotationsDock::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_listView->indexAt(position);
    if (!index.isValid())
        return;
    m_listView->setCurrentIndex(index);
    QMenu menu(this);
    auto add = [this](QMenu *to, const QString &text, std::function<void()> slot) {
        QAction *action = to->addAction(text);
        connect(action, &QAction::triggered, this, std::move(slot));
        return action;
    };
    QAction *goTo = add(&menu, tr("&Go to quote"), [this, index] { activate(index); });
    add(&menu, tr("&Tag…"), [this, index] {
        const QRect item = m_listView->visualRect(index);
        m_picker->popup(QRect(m_listView->viewport()->mapToGlobal(item.topLeft()), item.size()));
    });
    QMenu *untag = menu.addMenu(tr("&Untag"));
    const QStringList paths = index.data(AnnotationRole::TagPathsRole).toStringList();
    const QVariantList ids = index.data(AnnotationRole::TagIdsRole).toList();
    for (int i = 0; i < ids.size() && i < paths.size(); ++i) {
        const qint64 id = ids.at(i).toLongLong();
        add(untag, untrustedtext::withoutMnemonic(paths.at(i)), [this, id] { removeTagFromCurrent(id); });
    }
    untag->setEnabled(!ids.isEmpty());
    QMenu *colors = menu.addMenu(tr("&Colour"));
    const QList<QColor> palette = Preferences::highlightPalette();
    for (const QColor &color : palette) {
        QAction *action = colors->addAction(colorSwatch(color), color.name());
        connect(action, &QAction::triggered, this, [this, color] { recolorCurrent(color); });
    }
    menu.addSeparator();
    add(&menu, tr("&Remove highlight"), [this] { removeCurrent(); });
    if (m_library.isReadOnly()) { // only going there is reading
        const QList<QAction *> actions = menu.actions();
        for (QAction *action : actions)
            action->setEnabled(action == goTo);
    }
    if (!m_moreActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_moreActions);
    }
    menu.exec(m_listView->viewport()->mapToGlobal(position));
}

} // namespace bitext::ui
