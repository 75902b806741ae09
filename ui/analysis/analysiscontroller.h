#pragma once

#include "models/domain/segment.h"

#include <QObject>

class QAction;
class QMenu;

namespace bitext {
class Library;
}

namespace bitext::ui {

class AnalysisWindow;
class MainWindow;
class SearchController;

// The Analysis menu (after Annotate) and its window: each entry (Coding Matrix…, Charts…,
// Word Frequency…, Coder Agreement…) opens the Analysis window at its tab (one window,
// made on first use, owned by the main window). The window follows the open library; a
// quote or passage chosen in it opens the reader there and brings the main window forward.
class AnalysisController : public QObject
{
    Q_OBJECT

public:
    // The tabs' names in AnalysisWindow.
    static const QString kMatrixView;
    static const QString kChartsView;
    static const QString kWordsView;
    static const QString kAgreementView;

    AnalysisController(MainWindow *window, SearchController *search);

    QMenu *menu() const { return m_menu; }
    QAction *matrixAction() const { return m_matrix; }
    QAction *chartsAction() const { return m_charts; }
    QAction *wordsAction() const { return m_words; }
    QAction *agreementAction() const { return m_agreement; }
    // The window, made when first needed.
    AnalysisWindow *analysisWindow();
    // Shows the window at the view `name`.
    void open(const QString &name);

private:
    void retranslate();
    void retitleViews();
    QAction *addEntry(const char *objectName, const QString &view);
    QWidget *makeChartsView(Library &library);
    QWidget *makeWordsView(Library &library);
    void updateActions();
    void goToQuote(qint64 documentId, qint64 annotationId);
    void goToPassage(qint64 documentId, qint64 segmentId, bitext::Side side, int start, int length);
    void bringMainWindowForward();

    MainWindow *m_window;
    SearchController *m_search;
    QMenu *m_menu;
    QAction *m_matrix = nullptr;
    QAction *m_charts = nullptr;
    QAction *m_words = nullptr;
    QAction *m_agreement = nullptr;
    AnalysisWindow *m_analysis = nullptr;
};

} // namespace bitext::ui
