#pragma once

#include "models/analysis/codingtarget.h"
#include "models/domain/segment.h"
#include "models/search/searchresult.h"
#include "ui/common/latestjob.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;

namespace bitext {
class Library;
}

namespace bitext::ui {

class SearchResultModel;

// Library search (Ctrl+Shift+F): a query field with a side filter and the results
// (document, speaker, snippet with the hits marked). Activating a result asks the
// reader to open it; the panel itself never changes the reader.
class LibrarySearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LibrarySearchPanel(Library &library, QWidget *parent = nullptr);

    QString query() const;
    // Sets the query and starts searching at once (no typing delay); the results
    // arrive from a worker thread (searchFinished()).
    void setQuery(const QString &query);
    // A search is running whose results are not shown yet.
    bool isSearching() const { return m_job.isBusy(); }
    // Optional filters; 0 / nullopt for any.
    void setDocumentFilter(qint64 documentId);
    void setSpeakerFilter(qint64 speakerId);
    void setTagFilter(qint64 tagId);
    SearchResultModel *model() const { return m_model; }
    QLineEdit *queryEdit() const { return m_edit; }
    QPushButton *autoCodeButton() const { return m_autoCode; }

public slots:
    void search();
    // Focuses and selects the query field (the Ctrl+Shift+F action).
    void activateSearch();

signals:
    // hitStart/hitLength: the first hit in the side's original text (-1/0 when the
    // result is a title or note without a segment side).
    void resultActivated(qint64 documentId, qint64 segmentId, bitext::Side side, int hitStart, int hitLength);
    // The results of the latest query are shown.
    void searchFinished();
    // "Auto-code Results…": the first hit of every result in a segment's text, to be
    // coded with a tag the receiver asks for.
    void autoCodeRequested(const QList<bitext::CodingTarget> &targets);

private:
    void retranslate();
    struct Outcome
    {
        QList<SearchResult> results;
        int limit = 0;
        QString error;
    };

    void activate(const QModelIndex &index);
    void showOutcome(const Outcome &outcome);

    Library &m_library;
    QLineEdit *m_edit;
    QComboBox *m_side;
    QLabel *m_status;
    QListView *m_view;
    QPushButton *m_autoCode;
    SearchResultModel *m_model;
    QTimer *m_delay;
    qint64 m_documentId = 0;
    qint64 m_speakerId = 0;
    qint64 m_tagId = 0;
    LatestJob<Outcome> m_job {this};
};

} // namespace bitext::ui
