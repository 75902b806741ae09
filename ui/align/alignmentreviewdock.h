#pragma once

#include <QDockWidget>

class QAction;
class QLabel;
class QListView;
class QPushButton;

namespace bitext::ui {

class ReaderView;
class ReviewFilterModel;

// The Alignment Review panel: the open document's low-confidence pairs in reading order
// (number, confidence, the start of both sides). Next / Previous Pair to Review (F8,
// Shift+F8, also in the Go menu) and a click on a pair move the reader there; Accept
// confirms the current pair (acceptRequested: the controller pushes the undoable command).
class AlignmentReviewDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit AlignmentReviewDock(ReaderView *reader, QWidget *parent = nullptr);

    ReviewFilterModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    QAction *acceptAction() const { return m_accept; }

    // Moves the reader to the next (direction +1) or previous (-1) pair to review after the
    // reader's current row, wrapping around; false when there is none.
    bool goToPair(int direction);
    // The segment id of the pair Accept would confirm: the reader's current row when it is
    // listed, else the list's current pair; 0 when none.
    qint64 pairToAccept() const;

signals:
    void acceptRequested(qint64 segmentId);

private:
    void retranslate();
    void updateState();
    void showRow(int sourceRow);
    void followReader(int row);

    ReaderView *m_reader;
    ReviewFilterModel *m_model;
    QLabel *m_summary;
    QListView *m_view;
    QPushButton *m_previousButton;
    QPushButton *m_nextButton;
    QPushButton *m_acceptButton;
    QAction *m_next;
    QAction *m_previous;
    QAction *m_accept;
};

} // namespace bitext::ui
