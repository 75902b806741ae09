#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace bitext {
class Library;
}

namespace bitext::ui {

class AnalysisWindow;
class MainWindow;

// The Analysis menu (after Annotate) and its window: Analysis › Coding Matrix… opens the
// Analysis window at its Matrix tab (one window, made on first use, owned by the main
// window). The window follows the open library; a quote chosen in it opens the reader
// there and brings the main window forward.
class AnalysisController : public QObject
{
    Q_OBJECT

public:
    static const QString kMatrixView; // the Matrix tab's name in AnalysisWindow

    explicit AnalysisController(MainWindow *window);

    QMenu *menu() const { return m_menu; }
    QAction *matrixAction() const { return m_matrix; }
    // The window, made when first needed.
    AnalysisWindow *analysisWindow();
    // Shows the window at the view `name`.
    void open(const QString &name);

private:
    void retranslate();
    void updateActions();
    void goToQuote(qint64 documentId, qint64 annotationId);

    MainWindow *m_window;
    QMenu *m_menu;
    QAction *m_matrix;
    AnalysisWindow *m_analysis = nullptr;
};

} // namespace bitext::ui
