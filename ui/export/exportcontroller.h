#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace bitext::ui {

class ExportDialog;
class MainWindow;

// File > Export Notes… (Ctrl+Shift+E): enabled while a library is open; opens the
// export dialog on the current document and the documents selected in the sidebar,
// and reports a finished export in the status bar.
class ExportController : public QObject
{
    Q_OBJECT

public:
    explicit ExportController(MainWindow *window);

    QAction *action() const { return m_action; }
    // The open dialog, if any.
    ExportDialog *dialog() const;

public slots:
    void showDialog();

private:
    MainWindow *m_window;
    QAction *m_action;
    QPointer<ExportDialog> m_dialog;
};

} // namespace bitext::ui
