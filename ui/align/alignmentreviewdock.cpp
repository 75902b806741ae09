#include "ui/align/alignmentreviewdock.h"

#include "models/item/segmentmodel.h"
#include "ui/align/reviewfiltermodel.h"
#include "ui/common/languagechange.h"
#include "ui/reader/readerview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace bitext::ui {

AlignmentReviewDock::AlignmentReviewDock(ReaderView *reader, QWidget *parent)
    : QDockWidget(parent)
    , m_reader(reader)
    , m_model(new ReviewFilterModel(reader->model(), this))
{
    setObjectName(QStringLiteral("alignmentReviewDock"));
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_view = new QListView(page);
    m_view->setObjectName(QStringLiteral("reviewList"));
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_view, 1);
    m_summary->setBuddy(m_view);

    auto *buttons = new QHBoxLayout;
    m_previousButton = new QPushButton(page);
    m_previousButton->setObjectName(QStringLiteral("reviewPrevious"));
    m_nextButton = new QPushButton(page);
    m_nextButton->setObjectName(QStringLiteral("reviewNext"));
    m_acceptButton = new QPushButton(page);
    m_acceptButton->setObjectName(QStringLiteral("reviewAccept"));
    buttons->addWidget(m_previousButton);
    buttons->addWidget(m_nextButton);
    buttons->addStretch(1);
    buttons->addWidget(m_acceptButton);
    layout->addLayout(buttons);
    setWidget(page);

    m_next = new QAction(this);
    m_next->setObjectName(QStringLiteral("nextPairToReview"));
    m_next->setShortcut(QKeySequence(Qt::Key_F8));
    m_previous = new QAction(this);
    m_previous->setObjectName(QStringLiteral("previousPairToReview"));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_accept = new QAction(this);
    m_accept->setObjectName(QStringLiteral("acceptPair"));
    connect(m_next, &QAction::triggered, this, [this] { goToPair(+1); });
    connect(m_previous, &QAction::triggered, this, [this] { goToPair(-1); });
    connect(m_accept, &QAction::triggered, this, [this] {
        if (const qint64 id = pairToAccept())
            emit acceptRequested(id);
    });
    connect(m_nextButton, &QPushButton::clicked, m_next, &QAction::trigger);
    connect(m_previousButton, &QPushButton::clicked, m_previous, &QAction::trigger);
    connect(m_acceptButton, &QPushButton::clicked, m_accept, &QAction::trigger);

    // Clicking a pair (or Enter on it) shows it in the reader.
    connect(m_view, &QListView::activated, this,
        [this](const QModelIndex &index) { showRow(m_model->sourceRow(index.row())); });
    connect(m_view, &QListView::clicked, this,
        [this](const QModelIndex &index) { showRow(m_model->sourceRow(index.row())); });
    connect(m_reader, &ReaderView::currentRowChanged, this, &AlignmentReviewDock::followReader);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlignmentReviewDock::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AlignmentReviewDock::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AlignmentReviewDock::updateState);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &AlignmentReviewDock::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AlignmentReviewDock::updateState);
    onLanguageChange(this, [this] { retranslate(); });
    updateState();
}

void AlignmentReviewDock::retranslate()
{
    setWindowTitle(tr("Alignment Review"));
    m_view->setAccessibleName(tr("Pairs to review"));
    m_previousButton->setText(tr("&Previous"));
    m_previousButton->setAccessibleName(tr("Previous pair to review"));
    m_nextButton->setText(tr("&Next"));
    m_nextButton->setAccessibleName(tr("Next pair to review"));
    m_acceptButton->setText(tr("&Accept"));
    m_acceptButton->setAccessibleName(tr("Accept this pairing"));
    m_acceptButton->setToolTip(tr("Confirm that the current pair is paired right; it leaves the list (undoable)."));
    m_next->setText(tr("Next Pair to Review"));
    m_previous->setText(tr("Previous Pair to Review"));
    m_accept->setText(tr("Accept Pairing"));
    updateState();
}

void AlignmentReviewDock::updateState()
{
    const int count = m_model->rowCount();
    m_summary->setText(count ? tr("%n pair(s) to review", nullptr, count) : tr("No pairs to review."));
    m_next->setEnabled(count > 0);
    m_previous->setEnabled(count > 0);
    m_accept->setEnabled(pairToAccept() != 0);
    m_previousButton->setEnabled(count > 0);
    m_nextButton->setEnabled(count > 0);
    m_acceptButton->setEnabled(m_accept->isEnabled());
}

bool AlignmentReviewDock::goToPair(int direction)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return false;
    const int current = m_reader->currentRow();
    // The first listed pair after (or before) the reader's row, else around the end.
    int target = direction > 0 ? m_model->sourceRow(0) : m_model->sourceRow(count - 1);
    for (int i = 0; i < count; ++i) {
        const int row = m_model->sourceRow(direction > 0 ? i : count - 1 - i);
        if (direction > 0 ? row > current : row < current) {
            target = row;
            break;
        }
    }
    showRow(target);
    return true;
}

qint64 AlignmentReviewDock::pairToAccept() const
{
    const SegmentModel *segments = m_model->segments();
    int row = m_reader->currentRow();
    if (m_model->rowOfSource(row) < 0) {
        const QModelIndex listed = m_view->currentIndex();
        row = listed.isValid() ? m_model->sourceRow(listed.row()) : -1;
    }
    return row >= 0 && row < segments->rowCount() ? segments->segmentAt(row).id : 0;
}

void AlignmentReviewDock::showRow(int sourceRow)
{
    if (sourceRow < 0)
        return;
    m_reader->scrollToRow(sourceRow);
    m_reader->setCurrentRow(sourceRow);
    followReader(sourceRow);
}

void AlignmentReviewDock::followReader(int row)
{
    const int listed = m_model->rowOfSource(row);
    if (listed >= 0)
        m_view->setCurrentIndex(m_model->index(listed, 0));
    updateState();
}

} // namespace bitext::ui
