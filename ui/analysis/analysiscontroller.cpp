#include "ui/analysis/analysiscontroller.h"

#include "models/store/library.h"
#include "ui/analysis/analysiswindow.h"
#include "ui/analysis/matrixview.h"
#include "ui/annotate/annotationcontroller.h"
#include "ui/common/languagechange.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace bitext::ui {

const QString AnalysisController::kMatrixView = QStringLiteral("matrix");

AnalysisController::AnalysisController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_menu(new QMenu(window))
    , m_matrix(new QAction(this))
{
    m_menu->setObjectName(QStringLiteral("analysisMenu"));
    // After Annotate: the menu bar's next entry is Speakers.
    window->menuBar()->insertMenu(window->menu(MainWindow::Menu::Speakers)->menuAction(), m_menu);
    m_matrix->setObjectName(QStringLiteral("codingMatrix"));
    m_matrix->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_menu->addAction(m_matrix);
    connect(m_matrix, &QAction::triggered, this, [this] { open(kMatrixView); });
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
    if (m_analysis)
        m_analysis->setViewTitle(kMatrixView, tr("Matrix"));
}

void AnalysisController::updateActions()
{
    m_matrix->setEnabled(m_window->library() != nullptr);
}

AnalysisWindow *AnalysisController::analysisWindow()
{
    if (m_analysis)
        return m_analysis;
    m_analysis = new AnalysisWindow(m_window);
    m_analysis->addViewFactory(kMatrixView, [](Library &library) { return new MatrixView(library); });
    m_analysis->setViewTitle(kMatrixView, tr("Matrix"));
    connect(m_analysis, &AnalysisWindow::quoteActivated, this, &AnalysisController::goToQuote);
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
    m_window->raise();
    m_window->activateWindow();
}

} // namespace bitext::ui
