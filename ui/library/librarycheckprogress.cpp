#include "ui/library/librarycheckprogress.h"

#include "models/store/librarycheck.h"

#include <QDir>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <exception>
#include <memory>

namespace bitext::ui {

bool LibraryCheckProgress::run(QWidget *parent, const QString &path)
{
    if (!LibraryCheck::wouldCheck(path))
        return true;

    // Shared with the worker, which may outlive this call only until it notices cancel.
    struct State
    {
        std::atomic_bool cancel {false};
        std::exception_ptr error;
    };
    auto state = std::make_shared<State>();
    QThread *worker = QThread::create([state, path] {
        try {
            LibraryCheck::beforeOpen(path, &state->cancel);
        } catch (...) {
            state->error = std::current_exception();
        }
    });

    QProgressDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("libraryCheckProgress"));
    dialog.setWindowTitle(tr("Opening Library"));
    dialog.setLabelText(tr("Checking %1 before opening it…").arg(QDir::toNativeSeparators(path)));
    dialog.setRange(0, 0); // SQLite's check tells no progress: a busy bar
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setWindowModality(Qt::WindowModal);
    // A check of a small file is over before the dialog would flash up.
    QTimer showLater;
    showLater.setSingleShot(true);
    QObject::connect(&showLater, &QTimer::timeout, &dialog, &QProgressDialog::show);
    showLater.start(300);

    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [state] { state->cancel = true; });
    worker->start();
    loop.exec();
    worker->wait(); // finished: the thread function has returned
    delete worker;

    if (state->cancel)
        return false;
    if (state->error)
        std::rethrow_exception(state->error);
    return true;
}

} // namespace bitext::ui
