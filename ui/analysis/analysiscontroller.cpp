#include "ui/analysis/analysiscontroller.h"

#include "models/store/library.h"
#include "ui/analysis/agreementview.h"
#include "ui/analysis/analysiswindow.h"
#include "ui/analysis/matrixview.h"
#include "ui/annotate/annotationcontroller.h"
#include "ui/common/languagechange.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/search/searchcontroller.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace bitext::ui {

const QString AnalysisController::kMatrixView = QStringLiteral("matrix");
const QString AnalysisController::kAgreementView = QStringLiteral("agreement");

AnalysisController::AnalysisController(MainWindow *window, SearchController *search)
    : QObject(window)
    , m_window(window)
    , m_search(search)
    , m_menu(new QMenu(window))
    , m_matrix(new QAction(this))
    , m_agreement(new QAction(this))
{
    m_menu->setObjectName(QStringLiteral("analysisMenu"));
    // After Annotate: the menu bar's next entry is Speakers.
    window->menuBar()->insertMenu(window->menu(MainWindow::Menu::Speakers)->menuAction(), m_menu);
    m_matrix->setObjectName(QStringLiteral("codingMatrix"));
    m_matrix->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_menu->addAction(m_matrix);
    connect(m_matrix, &QAction::triggered, this, [this] { open(kMatrixView); });
    m_agreement->setObjectName(QStringLiteral("coderAgreement"));
    m_menu->addAction(m_agreement);
    connect(m_agreement, &QAction::triggered, this, [this] { open(kAgreementView); });
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

void AnalysisController::retranslate()
{
    m_menu->setTitle(tr("A&nalysis"));
    m_matrix->setText(tr("Coding &Matrix…"));
    m_matrix->setStatusTip(tr("Codes by speaker, document or code: how many quotes, how much of the text."));
    m_agreement->setText(tr("Coder &Agreement…"));
    m_agreement->setStatusTip(tr("How far two coders agree on each code: percentage agreement and Cohen's kappa."));
    if (m_analysis)
        retitleViews();
}

void AnalysisController::retitleViews()
{
    m_analysis->setViewTitle(kMatrixView, tr("Matrix"));
    m_analysis->setViewTitle(kAgreementView, tr("Agreement"));
}

void AnalysisController::updateActions()
{
    const bool open = m_window->library() != nullptr;
    m_matrix->setEnabled(open);
    m_agreement->setEnabled(open);
}

AnalysisWindow *AnalysisController::analysisWindow()
{
    if (m_analysis)
        return m_analysis;
    m_analysis = new AnalysisWindow(m_window);
    m_analysis->addViewFactory(kMatrixView, [](Library &library) { return new MatrixView(library); });
    m_analysis->addViewFactory(kAgreementView, [](Library &library) { return new AgreementView(library); });
    retitleViews();
    connect(m_analysis, &AnalysisWindow::quoteActivated, this, &AnalysisController::goToQuote);
    connect(m_analysis, &AnalysisWindow::passageActivated, this, &AnalysisController::goToPassage);
    m_analysis->setLibrary(m_window->library());
    return m_analysis;
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
