#include "ui/search/searchcontroller.h"

#include "models/item/segmentmodel.h"
#include "models/store/library.h"
#include "ui/analysis/autocoderunner.h"
#include "ui/common/languagechange.h"
#include "ui/common/themedicon.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/reader/readergeometry.h"
#include "ui/reader/readerview.h"
#include "ui/search/findbar.h"
#include "ui/search/librarysearchpanel.h"
#include "ui/search/searchresultmodel.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStatusBar>
#include <QTextLayout>
#include <QtMath>

namespace bitext::ui {

SearchController::SearchController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_marks(window->segmentModel())
    , m_dock(new QDockWidget(window))
    , m_findBar(new FindBar(window))
{
    setObjectName(QStringLiteral("searchController"));
    m_dock->setObjectName(QStringLiteral("searchDock"));
    auto *placeholder = new QLabel(m_dock);
    onLanguageChange(placeholder, [placeholder] { placeholder->setText(tr("Open a library to search it.")); });
    placeholder->setAlignment(Qt::AlignCenter);
    m_dock->setWidget(placeholder);
    window->addPanel(m_dock, Qt::RightDockWidgetArea);
    // Shown on demand (Ctrl+Shift+F); a saved layout may show it again.
    m_dock->hide();

    m_findBar->hide();
    window->addReaderBar(m_findBar);
    // FindBar's types are not registered metatypes: direct connections only.
    connect(m_findBar, &FindBar::hitsChanged, this, &SearchController::showFindHits, Qt::DirectConnection);
    connect(m_findBar, &FindBar::currentHitChanged, this, &SearchController::showCurrentHit, Qt::DirectConnection);
    connect(m_findBar, &FindBar::closed, this, &SearchController::closeFind);

    m_findBar->setOriginSource([this] { return findOrigin(); });
    // A relayout (a pane's width settling, a zoom) re-flows the hit's paragraph: the hit
    // stays in view until the user scrolls away from it.
    ReaderGeometry *geometry = window->reader()->geometry();
    connect(geometry, &ReaderGeometry::layoutChanged, this, [this] {
        if (m_followHit && !m_findBar->isHidden())
            scrollIntoView(m_followedHit);
    });
    connect(geometry, &ReaderGeometry::scrolled, this, [this] {
        if (!m_scrollingToHit)
            m_followHit = false;
    });
    window->reader()->addDecorator([this](int row, Side side) { return formats(row, side); });
    connect(window->segmentModel(), &QAbstractItemModel::modelReset, this, &SearchController::onDocumentLoaded);
    connect(window, &MainWindow::libraryChanged, this, &SearchController::setLibrary);
    createActions();
    setLibrary(window->library());
    onDocumentLoaded();
}

void SearchController::createActions()
{
    m_searchLibrary = new QAction(themedIcon(QStringLiteral("system-search")), QString(), this);
    m_searchLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_find = new QAction(themedIcon(QStringLiteral("edit-find")), QString(), this);
    m_find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_findNext = new QAction(themedIcon(QStringLiteral("go-down-search")), QString(), this);
    m_findNext->setShortcuts({QKeySequence(Qt::Key_F3), QKeySequence(Qt::CTRL | Qt::Key_G)});
    m_findPrevious = new QAction(themedIcon(QStringLiteral("go-up-search")), QString(), this);
    m_findPrevious->setShortcuts(
        {QKeySequence(Qt::SHIFT | Qt::Key_F3), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)});
    onLanguageChange(this, [this] {
        m_dock->setWindowTitle(tr("Search"));
        m_searchLibrary->setText(tr("&Search Library…"));
        m_find->setText(tr("&Find…"));
        m_find->setIconText(tr("Find"));
        m_findNext->setText(tr("Find &Next"));
        m_findPrevious->setText(tr("Find Pre&vious"));
    });
    connect(m_searchLibrary, &QAction::triggered, this, &SearchController::activateLibrarySearch);
    connect(m_find, &QAction::triggered, this, &SearchController::activateFind);
    connect(m_findNext, &QAction::triggered, this, &SearchController::findNext);
    connect(m_findPrevious, &QAction::triggered, this, &SearchController::findPrevious);

    // Edit menu, right after Copy.
    QMenu *edit = m_window->menu(MainWindow::Menu::Edit);
    const QList<QAction *> existing = edit->actions();
    const int copy = int(existing.indexOf(m_window->actions()->copy));
    QAction *before = copy >= 0 && copy + 1 < existing.size() ? existing.at(copy + 1) : nullptr;
    edit->insertSeparator(before);
    edit->insertActions(before, {m_searchLibrary, m_find, m_findNext, m_findPrevious});
}

void SearchController::setLibrary(Library *library)
{
    const QString query = m_panel ? m_panel->query() : QString();
    QWidget *old = m_dock->widget();
    m_panel = nullptr;
    if (library) {
        // The panel searches one library for its whole life: a new library, a new panel.
        m_panel = new LibrarySearchPanel(*library, m_dock);
        connect(
            m_panel, &LibrarySearchPanel::resultActivated, this, &SearchController::openResult, Qt::DirectConnection);
        // A new search (or the results following a library edit) ends the old result's mark.
        connect(m_panel->model(), &QAbstractItemModel::modelReset, this, [this] {
            m_marks.clearResult();
            m_window->reader()->updateDecorations();
        });
        // Auto-code Results…: the tag asked beside the button, the outcome in the status bar.
        auto *runner = new AutoCodeRunner(*library, m_window->undoController(), m_panel);
        connect(m_panel, &LibrarySearchPanel::autoCodeRequested, runner,
            [this, runner](const QList<CodingTarget> &targets) { runner->run(targets, m_panel->autoCodeButton()); });
        connect(runner, &AutoCodeRunner::reported, this,
            [this](const QString &message) { m_window->statusBar()->showMessage(message, 8000); });
        m_dock->setWidget(m_panel);
        delete old;
        if (!query.isEmpty())
            m_panel->setQuery(query);
    }
    m_marks.clearResult();
    m_window->reader()->updateDecorations();
}

QVector<QTextLayout::FormatRange> SearchController::formats(int row, Side side) const
{
    return m_marks.formats(row, side, m_window->reader()->palette());
}

void SearchController::activateLibrarySearch()
{
    if (m_dock->isHidden() && !m_dock->isFloating() && !m_dockSized) {
        // Wide enough for a snippet line the first time; later the user's width stays.
        m_dockSized = true;
        m_dock->show();
        m_window->resizeDocks({m_dock}, {qMin(420, m_window->width() / 3)}, Qt::Horizontal);
        // Sharing its side with other panels, it takes most of the height: results
        // are scanned, a few rows are not enough.
        m_window->resizeDocks({m_dock}, {m_window->height() * 3 / 5}, Qt::Vertical);
    }
    m_dock->show();
    m_dock->raise();
    if (m_panel)
        m_panel->activateSearch();
}

void SearchController::openResult(qint64 documentId, qint64 segmentId, Side side, int hitStart, int hitLength)
{
    m_window->openDocument(documentId);
    if (m_window->currentDocumentId() != documentId)
        return; // the document could not be opened (a message was shown)
    ReaderView *reader = m_window->reader();
    const int row = segmentId ? m_window->segmentModel()->rowOfSegment(segmentId) : -1;
    m_marks.clearResult();
    if (row >= 0) {
        reader->scrollToRow(row);
        reader->setCurrentRow(row);
        if (hitStart >= 0 && hitLength > 0)
            m_marks.setResultHit(DocumentHit {segmentId, row, side, bitext::TextRange {hitStart, hitLength}});
    }
    reader->updateDecorations();
}

QList<Segment> SearchController::documentSegments() const
{
    const SegmentModel *model = m_window->segmentModel();
    QList<Segment> segments;
    segments.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row)
        segments << model->segmentAt(row);
    return segments;
}

void SearchController::onDocumentLoaded()
{
    const bool document = m_window->segmentModel()->documentId() != 0;
    for (QAction *action : {m_find, m_findNext, m_findPrevious})
        action->setEnabled(document);
    // The open bar follows the reader to the new document; a closed one is refilled when opened.
    m_findAnchor = -1;
    m_followHit = false;
    if (!m_findBar->isHidden())
        m_findBar->setSegments(documentSegments());
}

void SearchController::activateFind()
{
    if (!m_window->segmentModel()->documentId())
        return;
    const bool wasOpen = !m_findBar->isHidden();
    if (!wasOpen)
        m_findAnchor = -1; // a new find starts where the user reads now
    m_findBar->activateFind();
    if (!wasOpen)
        m_findBar->setSegments(documentSegments());
}

void SearchController::findNext()
{
    if (m_findBar->isHidden())
        return activateFind();
    m_findBar->findNext();
}

void SearchController::findPrevious()
{
    if (m_findBar->isHidden())
        return activateFind();
    m_findBar->findPrevious();
}

void SearchController::showFindHits(const QList<DocumentHit> &hits)
{
    m_marks.setFindHits(hits);
    m_window->reader()->updateDecorations();
}

void SearchController::showCurrentHit(const DocumentHit &hit)
{
    m_marks.setCurrentFindHit(hit);
    const int row = m_window->segmentModel()->rowOfSegment(hit.segmentId);
    if (row >= 0) {
        ReaderView *reader = m_window->reader();
        // The hit decides the scroll, not the top of its row (a tall row's hit may be
        // a screen below it).
        reader->geometry()->setHoldScroll(true);
        reader->setCurrentRow(row);
        reader->geometry()->setHoldScroll(false);
        scrollIntoView(hit);
        m_followedHit = hit;
        m_followHit = true;
        m_placeShowingHit = readerPlace();
    }
    m_window->reader()->updateDecorations();
}

QPoint SearchController::readerPlace() const
{
    const ReaderView *reader = m_window->reader();
    return QPoint(reader->geometry()->firstVisibleRow(), reader->currentRow());
}

int SearchController::readingRow() const
{
    const ReaderView *reader = m_window->reader();
    const ReaderGeometry *geometry = reader->geometry();
    const int current = reader->currentRow();
    if (current >= 0 && current >= geometry->firstVisibleRow() && current <= geometry->lastVisibleRow())
        return current;
    return qMax(0, geometry->firstVisibleRow());
}

int SearchController::findOrigin()
{
    // While the reader is where the last hit put it, each letter typed searches from
    // where the user was reading before the find moved it (typing Claude must not
    // skip the hits between there and the first C); once the user scrolls or clicks,
    // from the new place.
    if (m_findAnchor < 0 || readerPlace() != m_placeShowingHit)
        m_findAnchor = readingRow();
    return m_findAnchor;
}

void SearchController::scrollIntoView(const DocumentHit &hit)
{
    const int row = m_window->segmentModel()->rowOfSegment(hit.segmentId);
    if (row < 0 || m_scrollingToHit)
        return;
    const QScopedValueRollback<bool> guard(m_scrollingToHit, true);
    ReaderGeometry *geometry = m_window->reader()->geometry();
    const int view = geometry->viewportHeight();
    int top = 0;
    int bottom = 0;
    const auto locate = [&] {
        top = geometry->rowTop(row);
        bottom = top + geometry->rowHeight(row);
        if (geometry->columnOf(hit.side) < 0 || m_window->segmentModel()->segmentAt(row).text(hit.side).isEmpty())
            return; // that language is not shown: the row stands for it
        QTextLayout *layout = geometry->textLayout(row, hit.side);
        const int sideTop = top + geometry->bodyTop(row) + geometry->sideTop(row, hit.side);
        const QTextLine first = layout->lineForTextPosition(hit.range.start);
        const QTextLine last = layout->lineForTextPosition(hit.range.start + qMax(0, hit.range.length - 1));
        if (first.isValid() && last.isValid()) {
            top = sideTop + qFloor(first.y());
            bottom = sideTop + qCeil(last.y() + last.height());
        }
    };
    // Rows between the view's top and the hit are measured first, so the position
    // computed is where the hit will be painted.
    geometry->measure(row, row);
    locate();
    geometry->measure(geometry->rowAt(qMax(0, top - view)), row);
    locate();
    const int y = geometry->scrollY();
    if (top >= y && bottom <= y + view)
        return;
    // A little context around the hit, never at the cost of seeing it whole.
    const int context = qBound(0, (view - (bottom - top)) / 4, 60);
    if (top < y || bottom - top > view)
        geometry->scrollToY(top - context);
    else
        geometry->scrollToY(bottom - view + context);
}

void SearchController::closeFind()
{
    m_followHit = false;
    m_marks.clearFind();
    m_window->reader()->updateDecorations();
    m_window->reader()->setFocus(Qt::OtherFocusReason);
}

} // namespace bitext::ui
