#pragma once

#include "models/search/documentfinder.h"
#include "ui/common/latestjob.h"

#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QToolButton;

namespace bitext::ui {

// Find in document (Ctrl+F): a query field, previous/next and "3 of 12". It finds
// the hits itself (DocumentFinder) in the segments it is given; the reader marks
// hitsChanged() in both panes and scrolls to currentHitChanged().
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    // The open document's segments; hits are recomputed for the current query.
    // Folding and tokenizing them runs on a worker (a 20,000-segment document takes a
    // good part of a second): the bar says so meanwhile and finds once they are ready.
    void setSegments(const QList<Segment> &segments);
    bool isPreparing() const { return m_prepare.isBusy(); }
    QString query() const;
    void setQuery(const QString &query);
    const QList<DocumentHit> &hits() const { return m_hits; }
    int currentIndex() const { return m_current; } // -1 when there is no hit
    QString countText() const;
    // Where the reader is (a segment ordinal): a new query starts at the first hit from
    // there, as in browsers, instead of jumping back to the top of the document.
    void setOrigin(int segmentOrdinal) { m_origin = segmentOrdinal; }
    // Asked for the origin on each new query (the reader's place may have moved since).
    void setOriginSource(std::function<int()> source) { m_originSource = std::move(source); }

public slots:
    void findNext();
    void findPrevious();
    // Shows the bar and focuses the query (the Ctrl+F action).
    void activateFind();

signals:
    void hitsChanged(const QList<bitext::DocumentHit> &hits);
    void currentHitChanged(const bitext::DocumentHit &hit);
    void countChanged(int count);
    void closed();
    // The segments given last are ready to be searched.
    void prepared();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();
    void setCurrent(int index);
    void showCount();
    int firstFromOrigin() const;

    QLineEdit *m_edit;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_count;
    DocumentFinder m_finder; // the open document, folded once
    LatestJob<DocumentFinder> m_prepare {this};
    QList<DocumentHit> m_hits;
    int m_current = -1;
    int m_origin = 0;
    std::function<int()> m_originSource;
};

} // namespace bitext::ui
