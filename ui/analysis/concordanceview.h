#pragma once

#include "models/analysis/analysisfilter.h"
#include "models/analysis/codingtarget.h"
#include "models/domain/segment.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QProgressBar;
class QPushButton;
class QTableView;

namespace bitext {
class ConcordanceModel;
class Library;
} // namespace bitext

namespace bitext::ui {

class WordJob;

// Every occurrence of a word in context (keyword in context): the context before it
// right-aligned, the word centred and bold, the context after it; sorted in library
// order or by the context before or after the word, with as much context as asked. The
// search box takes any word in
// either script. A line opens the reader there (passageActivated); Auto-code… hands
// every line to auto-coding.
class ConcordanceView : public QWidget
{
    Q_OBJECT

public:
    explicit ConcordanceView(Library &library, QWidget *parent = nullptr);

    QString word() const;
    // The lines shown, in the order shown.
    const ConcordanceModel &model() const { return *m_model; }
    // The Auto-code… button: the tag picker opens under it.
    QPushButton *autoCodeButton() const { return m_autoCode; }
    bool isSearching() const;

public slots:
    void setFilter(const bitext::AnalysisFilter &filter);
    // Finds the word's lines (on a worker thread); "" clears the table.
    void setWord(const QString &word);
    void cancel();

signals:
    void passageActivated(qint64 documentId, qint64 segmentId, bitext::Side side, int start, int length);
    void autoCodeRequested(const QList<bitext::CodingTarget> &targets);
    // The lines for the current word and filter are shown.
    void linesShown();

private:
    void search();
    void activate(const QModelIndex &index);
    void requestAutoCode();

    Library &m_library;
    AnalysisFilter m_filter;
    QString m_word;
    ConcordanceModel *m_model = nullptr;
    WordJob *m_job = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_order = nullptr;
    QSpinBox *m_context = nullptr;
    QPushButton *m_autoCode = nullptr;
    QTableView *m_table = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace bitext::ui
