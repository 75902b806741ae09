#pragma once

#include <QObject>

class QAction;

namespace bitext::ui {

class MainWindow;

// Edit › Preferences… and what makes a preference change visible at once: the interface
// language, the appearance, and the default layout for the next document opened. (The
// reader, the highlight colour menu and the note editor follow Preferences themselves.)
class PreferencesController : public QObject
{
    Q_OBJECT

public:
    explicit PreferencesController(MainWindow *window);

    QAction *action() const { return m_action; }
    // Opens the dialog (window-modal); it deletes itself when closed.
    void showDialog();

private:
    void applyLayout();

    MainWindow *m_window;
    QAction *m_action;
};

} // namespace bitext::ui
