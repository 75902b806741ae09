#include "ui/export/exportcontroller.h"

#include "models/store/library.h"
#include "ui/common/languagechange.h"
#include "ui/common/themedicon.h"
#include "ui/export/exportdialog.h"
#include "ui/library/librarypanel.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QStatusBar>

namespace bitext::ui {

ExportController::ExportController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("exportNotesAction"));
    m_action->setIcon(themedIcon(QStringLiteral("document-export")));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    onLanguageChange(m_action, [this] {
        m_action->setText(tr("&Export Notes…"));
        m_action->setStatusTip(tr("Export annotated quotes and notes to Markdown, HTML, CSV, PDF, ODT or REFI-QDA"));
    });
    // Right after File > Import: bringing text in and taking notes out belong together.
    QMenu *file = window->menu(MainWindow::Menu::File);
    const QList<QAction *> actions = file->actions();
    const int import = int(actions.indexOf(window->actions()->import));
    file->insertAction(import >= 0 ? actions.value(import + 1) : nullptr, m_action);

    m_action->setEnabled(window->library() != nullptr);
    connect(window, &MainWindow::libraryChanged, this,
        [this](Library *library) { m_action->setEnabled(library != nullptr); });
    connect(m_action, &QAction::triggered, this, &ExportController::showDialog);
}

ExportDialog *ExportController::dialog() const
{
    return m_dialog;
}

void ExportController::showDialog()
{
    if (!m_window->library())
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new ExportDialog(
        *m_window->library(), m_window->currentDocumentId(), m_window->libraryPanel()->selectedDocumentIds(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ExportDialog::exported, this, [this](const QString &path, int quotes, int documents) {
        m_window->statusBar()->showMessage(tr("Exported to %1 (quotes: %2, documents: %3)")
                                               .arg(QDir::toNativeSeparators(path))
                                               .arg(quotes)
                                               .arg(documents),
            8000);
    });
    m_dialog->open();
}

} // namespace bitext::ui
