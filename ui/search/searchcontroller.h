#pragma once

#include "ui/search/searchhitdecorator.h"

#include <QObject>
#include <QPoint>

class QAction;
class QDockWidget;

namespace bitext {
class Library;
}

namespace bitext::ui {

class FindBar;
class LibrarySearchPanel;
class MainWindow;

// Brings search to the main window: Edit > Search Library… (a dock with the library
// search panel; an activated result opens in the reader at its hit) and Edit > Find…
// (the find bar under the reader, its hits marked in both panes). The marks are one
// reader decorator, so they coexist with annotation highlights.
class SearchController : public QObject
{
    Q_OBJECT

public:
    explicit SearchController(MainWindow *window);

    QDockWidget *dock() const { return m_dock; }
    // Null until a library is open; recreated for each library.
    LibrarySearchPanel *panel() const { return m_panel; }
    FindBar *findBar() const { return m_findBar; }
    // What the reader paints for a row's side (the decorator added to the reader).
    QVector<QTextLayout::FormatRange> formats(int row, Side side) const;

    QAction *searchLibraryAction() const { return m_searchLibrary; }
    QAction *findAction() const { return m_find; }
    QAction *findNextAction() const { return m_findNext; }
    QAction *findPreviousAction() const { return m_findPrevious; }

public slots:
    void activateLibrarySearch();
    void activateFind();
    void findNext();
    void findPrevious();
    // Opens a library search result in the reader and marks its hit.
    void openResult(qint64 documentId, qint64 segmentId, bitext::Side side, int hitStart, int hitLength);

private:
    void createActions();
    void setLibrary(Library *library);
    void onDocumentLoaded();
    void showFindHits(const QList<DocumentHit> &hits);
    void showCurrentHit(const DocumentHit &hit);
    void closeFind();
    // Scrolls the least needed to show the hit whole, with a little context.
    void scrollIntoView(const DocumentHit &hit);
    // The row the user is reading: the current one when on screen, else the top one.
    int readingRow() const;
    // Where a new find query starts (FindBar's origin).
    int findOrigin();
    // The reader's first visible row and current row: whether the user moved it.
    QPoint readerPlace() const;
    QList<Segment> documentSegments() const;

    MainWindow *m_window;
    SearchHitDecorator m_marks;
    QDockWidget *m_dock;
    LibrarySearchPanel *m_panel = nullptr;
    FindBar *m_findBar;
    bool m_dockSized = false;
    int m_findAnchor = -1; // the row find started from; -1: take the reading row
    QPoint m_placeShowingHit {-1, -1};
    DocumentHit m_followedHit; // the current find hit, kept in view through relayouts
    bool m_followHit = false; // until the user scrolls
    bool m_scrollingToHit = false;
    QAction *m_searchLibrary = nullptr;
    QAction *m_find = nullptr;
    QAction *m_findNext = nullptr;
    QAction *m_findPrevious = nullptr;
};

} // namespace bitext::ui
