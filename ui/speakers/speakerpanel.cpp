#include "ui/speakers/speakerpanel.h"

#include "models/item/itemroles.h"
#include "models/item/speakermodel.h"
#include "ui/common/followerlistview.h"
#include "ui/common/languagechange.h"
#include "ui/speakers/speakerdelegate.h"

#include <QListView>
#include <QToolBar>
#include <QVBoxLayout>

namespace bitext::ui {

SpeakerPanel::SpeakerPanel(QWidget *parent) : QWidget(parent), m_model(new SpeakerModel(this))
{
    m_view = new FollowerListView(this);
    m_view->setObjectName(QStringLiteral("speakerView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SpeakerDelegate(m_view));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    onLanguageChange(m_view, [this] { m_view->setAccessibleName(tr("Speakers")); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        emit currentSpeakerChanged(currentSpeakerId());
    });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        emit speakerActivated(index.data(ItemRole::SpeakerRole).toLongLong());
    });
    // Keep the chosen speaker selected when the list reloads after an edit.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_view->setProperty("keptSpeaker", currentSpeakerId());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectSpeaker(m_view->property("keptSpeaker").toLongLong());
    });

    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_toolBar);
}

void SpeakerPanel::setLibrary(Library *library)
{
    m_view->selectionModel()->clear(); // ids of one library name other people in the next
    m_model->setLibrary(library);
}

void SpeakerPanel::setDocument(qint64 documentId)
{
    // A speaker chosen in one document means nothing in the next: start with none (the
    // window then selects the speaker of the segment the reader is on).
    m_view->selectionModel()->clear();
    m_model->setDocument(documentId);
}

qint64 SpeakerPanel::currentSpeakerId() const
{
    const QModelIndex index = m_view->selectionModel()->currentIndex();
    return index.isValid() ? index.data(ItemRole::SpeakerRole).toLongLong() : 0;
}

void SpeakerPanel::selectSpeaker(qint64 speakerId)
{
    const QModelIndex index = m_model->indexOfSpeaker(speakerId);
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

void SpeakerPanel::addSpeakerActions(const QList<QAction *> &actions)
{
    m_toolBar->addActions(actions);
    m_view->addActions(actions);
}

} // namespace bitext::ui
