#include "ui/analysis/analysiscontroller.h"

#include "models/analysis/codingmatrix.h"
#include "models/store/library.h"
#include "ui/analysis/agreementview.h"
#include "ui/analysis/analysiswindow.h"
#include "ui/analysis/autocoderunner.h"
#include "ui/analysis/chartsview.h"
#include "ui/analysis/concordanceview.h"
#include "ui/analysis/matrixview.h"
#include "ui/analysis/wordsview.h"
#include "ui/annotate/annotationcontroller.h"
#include "ui/common/languagechange.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/search/searchcontroller.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolTip>

#include <memory>

namespace bitext::ui {

const QString AnalysisController::kMatrixView = QStringLiteral("matrix");
const QString AnalysisController::kChartsView = QStringLiteral("charts");
const QString AnalysisController::kWordsView = QStringLiteral("words");
const QString AnalysisController::kAgreementView = QStringLiteral("agreement");

AnalysisController::AnalysisController(MainWindow *window, SearchController *search)
    : QObject(window)
    , m_window(window)
    , m_search(search)
    , m_menu(new QMenu(window))
{
    m_menu->setObjectName(QStringLiteral("analysisMenu"));
    // After Annotate: the menu bar's next entry is Speakers.
    window->menuBar()->insertMenu(window->menu(MainWindow::Menu::Speakers)->menuAction(), m_menu);
    m_matrix = addEntry("codingMatrix", kMatrixView);
    m_matrix->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_charts = addEntry("analysisCharts", kChartsView);
    m_words = addEntry("wordFrequency", kWordsView);
    m_agreement = addEntry("coderAgreement", kAgreementView);
    connect(window, &MainWindow::libraryChanged, this, [this](Library *library) {
        if (m_analysis)
            m_analysis->setLibrary(library);
        if (!library && m_analysis)
            m_analysis->hide();
        updateActions();
    });
    onLanguageChange(this, [this] { retranslate(); });
    updateActions();
}

QAction *AnalysisController::addEntry(const char *objectName, const QString &view)
{
    auto *action = new QAction(this);
    action->setObjectName(QString::fromLatin1(objectName));
    m_menu->addAction(action);
    connect(action, &QAction::triggered, this, [this, view] { open(view); });
    return action;
}

void AnalysisController::retranslate()
{
    m_menu->setTitle(tr("A&nalysis"));
    m_matrix->setText(tr("Coding &Matrix…"));
    m_matrix->setStatusTip(tr("Codes by speaker, document or code: how many quotes, how much of the text."));
    m_charts->setText(tr("&Charts…"));
    m_charts->setStatusTip(tr("Code frequencies by speaker, talk share per document, and the matrix as a heat map."));
    m_words->setText(tr("&Word Frequency and Concordance…"));
    m_words->setStatusTip(tr("The words used most, and every use of a word in context, in either script."));
    m_agreement->setText(tr("Coder &Agreement…"));
    m_agreement->setStatusTip(tr("How far two coders agree on each code: percentage agreement and Cohen's kappa."));
    if (m_analysis)
        retitleViews();
}

void AnalysisController::retitleViews()
{
    m_analysis->setViewTitle(kMatrixView, tr("Matrix"));
    m_analysis->setViewTitle(kChartsView, tr("Charts"));
    m_analysis->setViewTitle(kWordsView, tr("Words"));
    m_analysis->setViewTitle(kAgreementView, tr("Agreement"));
}

void AnalysisController::updateActions()
{
    const bool open = m_window->library() != nullptr;
    const QList<QAction *> entries = m_menu->actions();
    for (QAction *entry : entries)
        entry->setEnabled(open);
}

AnalysisWindow *AnalysisController::analysisWindow()
{
    if (m_analysis)
        return m_analysis;
    m_analysis = new AnalysisWindow(m_window);
    // In this order: the charts read the matrix view made before them.
    m_analysis->addViewFactory(kMatrixView, [](Library &library) { return new MatrixView(library); });
    m_analysis->addViewFactory(kChartsView, [this](Library &library) { return makeChartsView(library); });
    m_analysis->addViewFactory(kWordsView, [this](Library &library) { return makeWordsView(library); });
    m_analysis->addViewFactory(kAgreementView, [](Library &library) { return new AgreementView(library); });
    retitleViews();
    connect(m_analysis, &AnalysisWindow::quoteActivated, this, &AnalysisController::goToQuote);
    connect(m_analysis, &AnalysisWindow::passageActivated, this, &AnalysisController::goToPassage);
    m_analysis->setLibrary(m_window->library());
    return m_analysis;
}

QWidget *AnalysisController::makeChartsView(Library &library)
{
    auto *charts = new ChartsView(library);
    auto *matrix = qobject_cast<MatrixView *>(m_analysis->view(kMatrixView));
    if (!matrix)
        return charts;
    // The bars are always codes by speaker; the heat map is the matrix as the Matrix tab
    // shows it (columns and measure). One matrix serves both when its columns are speakers;
    // otherwise codes by speaker is a second matrix computed here, so only for the Charts
    // tab when it is the one shown, and when it is shown again after a change.
    auto fed = std::make_shared<bool>(false);
    const QPointer<MatrixView> shown(matrix); // the tabs go one by one when another library opens
    auto feed = [this, &library, charts, matrix = shown, fed] {
        *fed = matrix && charts->isVisibleTo(m_analysis);
        if (!*fed)
            return;
        const MatrixTable &current = matrix->matrix();
        if (current.columns == MatrixColumns::Speakers) {
            charts->setMatrices(current, current);
            return;
        }
        CodingMatrix bySpeaker(library);
        charts->setMatrices(bySpeaker.compute(matrix->filter(), MatrixColumns::Speakers, matrix->measure()), current);
    };
    connect(matrix, &MatrixView::matrixChanged, charts, feed);
    connect(m_analysis->tabs(), &QTabWidget::currentChanged, charts, [feed, fed] {
        if (!*fed)
            feed();
    });
    // A cell or a bar lists its quotes in the Matrix tab.
    connect(charts, &ChartsView::cellActivated, matrix, [this, matrix](int row, int column) {
        m_analysis->showView(kMatrixView);
        matrix->showCell(row, column);
    });
    connect(charts, &ChartsView::codeSpeakerActivated, matrix, [this, matrix](int row, int column) {
        m_analysis->showView(kMatrixView);
        matrix->setColumns(MatrixColumns::Speakers);
        matrix->showCell(row, column);
    });
    return charts;
}

QWidget *AnalysisController::makeWordsView(Library &library)
{
    auto *words = new WordsView(library);
    // Auto-coding a concordance: the same runner, tag picker and undo step as a search's.
    auto *runner = new AutoCodeRunner(library, m_window->undoController(), words);
    connect(words, &WordsView::autoCodeRequested, runner, [runner, words](const QList<CodingTarget> &targets) {
        runner->run(targets, words->concordance()->autoCodeButton());
    });
    connect(runner, &AutoCodeRunner::reported, this, [this, words](const QString &message) {
        m_window->statusBar()->showMessage(message, 8000);
        // The user is looking at the Analysis window, not at the main window's status bar.
        QWidget *button = words->concordance()->autoCodeButton();
        QToolTip::showText(button->mapToGlobal(QPoint(0, button->height())), message, button);
    });
    return words;
}

void AnalysisController::open(const QString &name)
{
    if (!m_window->library())
        return;
    AnalysisWindow *window = analysisWindow();
    window->showView(name);
    window->show();
    window->raise();
    window->activateWindow();
}

void AnalysisController::goToQuote(qint64 documentId, qint64 annotationId)
{
    m_window->annotations()->goToAnnotation(documentId, annotationId);
    bringMainWindowForward();
}

void AnalysisController::goToPassage(qint64 documentId, qint64 segmentId, Side side, int start, int length)
{
    // The same mark as a search hit: the passage is shown where the reader opens.
    m_search->openResult(documentId, segmentId, side, start, length);
    bringMainWindowForward();
}

void AnalysisController::bringMainWindowForward()
{
    m_window->raise();
    m_window->activateWindow();
}

} // namespace bitext::ui
