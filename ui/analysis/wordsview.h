#pragma once

#include "models/analysis/analysisfilter.h"
#include "models/analysis/codingtarget.h"
#include "models/analysis/wordfrequency.h"
#include "models/domain/segment.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace bitext {
class Library;
class WordCountCache;
class WordFrequencyModel;
} // namespace bitext

namespace bitext::ui {

class ConcordanceView;
class WordJob;

// The Analysis window's Words tab: how often each word occurs in the filter's text
// (count, and rate per 10,000 characters or words), for the whole filter or by
// document, speaker or code; a word clicked (or Enter) shows its concordance below.
// Counting runs on a worker thread with a progress bar and Cancel; whole documents'
// counts and each result stay cached until the library changes, so switching filters
// and groupings back and forth does not count again.
class WordsView : public QWidget
{
    Q_OBJECT

public:
    explicit WordsView(Library &library, QWidget *parent = nullptr);
    ~WordsView() override;

    const WordFrequencyModel &model() const { return *m_model; }
    // The sorted table the user sees (rows of model() through a sort proxy).
    QTableView *table() const { return m_table; }
    ConcordanceView *concordance() const { return m_concordance; }
    bool isCounting() const;
    WordGrouping grouping() const;
    void setGrouping(WordGrouping grouping);
    void setMinimumLength(int length);

public slots:
    void setFilter(const bitext::AnalysisFilter &filter);
    // Counts again if what is shown is out of date (a visible view counts at once).
    void refresh();
    void cancel();
    void editStopWords();

signals:
    void passageActivated(qint64 documentId, qint64 segmentId, bitext::Side side, int start, int length);
    void autoCodeRequested(const QList<bitext::CodingTarget> &targets);
    // The table shows the counts of the current filter and options.
    void countShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Request
    {
        AnalysisFilter filter;
        WordGrouping grouping = WordGrouping::None;
        int minimumLength = 1;
        bool operator==(const Request &other) const
        {
            return filter == other.filter && grouping == other.grouping && minimumLength == other.minimumLength;
        }
    };

    Request request() const;
    void count();
    void showCounts(const Request &request, const QList<WordFrequencyGroup> &groups);
    void openWord(const QModelIndex &index);
    void forgetResults();

    Library &m_library;
    AnalysisFilter m_filter;
    std::shared_ptr<WordCountCache> m_cache;
    QList<QPair<Request, QList<WordFrequencyGroup>>> m_results; // most recent last
    bool m_stale = true;
    WordFrequencyModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    WordJob *m_job = nullptr;
    QComboBox *m_grouping = nullptr;
    QSpinBox *m_minimumLength = nullptr;
    QPushButton *m_stopWords = nullptr;
    QTableView *m_table = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    ConcordanceView *m_concordance = nullptr;
};

} // namespace bitext::ui
