#pragma once

#include "models/analysis/analysisfilter.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace bitext {
class Library;
}

namespace bitext::ui {

class AgreementModel;

// The Analysis window's "Agreement" tab: agreement between coders per document, code and
// pair of coders (percentage and Cohen's kappa, as `bitext report agreement`), and for the
// selected row the passages only one of the two coded; activating one asks for the reader
// there (passageActivated). Recomputed when the filter or the library changes. Without a
// document coded by two people it explains what agreement needs instead of an empty table.
class AgreementView : public QWidget
{
    Q_OBJECT

public:
    explicit AgreementView(Library &library, QWidget *parent = nullptr);

    AgreementModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTreeWidget *disagreementList() const { return m_disagreements; }
    // The explanation shown instead of the table when there is nothing to compare.
    QLabel *emptyState() const { return m_empty; }
    bool isEmptyStateShown() const;
    const AnalysisFilter &filter() const { return m_filter; }

public slots:
    void setFilter(const bitext::AnalysisFilter &filter);
    // Recomputes now (the library's changes call it after a short pause).
    void refresh();

signals:
    void passageActivated(qint64 documentId, qint64 segmentId, bitext::Side side, int start, int length);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showDisagreements();
    void activatePassage(QTreeWidgetItem *item);
    int currentSourceRow() const;

    Library &m_library;
    AnalysisFilter m_filter;
    AgreementModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_pages;
    QLabel *m_empty;
    QTableView *m_table;
    QLabel *m_legend;
    QLabel *m_passagesLabel;
    QTreeWidget *m_disagreements;
    QTimer *m_pending;
    bool m_stale = false; // the library changed while the view was hidden
};

} // namespace bitext::ui
