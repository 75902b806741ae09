#pragma once

#include "models/domain/segment.h"

#include <QObject>

class QAction;
class QMenu;

namespace bitext::ui {

class LibraryCommand;
class MainWindow;

// The reader's repair of the pairing (Edit › Alignment and the reader's context menu):
// split the current segment at the text cursor, merge it with the next, move a
// sentence of the cursor's side to the neighbour, mark it untranslated, accept its
// pairing. Each pushes a command on the document's undo stack; each action is enabled
// only where it applies, and its shortcut works while the reader has the focus.
class SegmentRepairController : public QObject
{
    Q_OBJECT

public:
    explicit SegmentRepairController(MainWindow *window);

    QAction *split;
    QAction *merge;
    QAction *moveToPrevious;
    QAction *moveToNext;
    QAction *untranslated;
    QAction *accept;
    QMenu *menu;

    // Re-reads what applies where the reader is now.
    void updateActions();

private:
    void retranslate();
    // The side the sentence moves act on: the text cursor's, else the focused pane's
    // language, else the one read first.
    Side side() const;
    const Segment *current() const;
    const Segment *neighbour(int step) const;
    // Pushes the command; on success the reader goes to `row` (when >= 0).
    void run(LibraryCommand *command, int row);
    void onSplit();
    void onMerge();
    void onMove(bool toPrevious);
    void onUntranslated();
    void onAccept();
    QList<qint64> selectedOrCurrent() const;

    MainWindow *m_window;
};

} // namespace bitext::ui
