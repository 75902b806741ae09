#include "models/store/documentrepository.h"
#include "tests/support/annotatedseeds.h"
#include "tests/support/testsupport.h"
#include "tests/ui/export/exportwait.h"
#include "ui/export/exportcontroller.h"
#include "ui/export/exportdialog.h"
#include "ui/library/librarypanel.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QListView>
#include <QMenu>
#include <QRadioButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

TEST_CASE("File > Export Notes opens the dialog on the window's document and sidebar selection", "[export][window]")
{
    QSettings().clear();
    test::AnnotatedSeeds seeds;
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("exportNotesAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    // Right after Import in the File menu; off until a library is open.
    const QList<QAction *> file = window.menu(MainWindow::Menu::File)->actions();
    CHECK(file.indexOf(action) == file.indexOf(window.actions()->import) + 1);
    CHECK_FALSE(action->isEnabled());

    REQUIRE(window.openLibrary(seeds.lib.path()));
    CHECK(action->isEnabled());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(test::waitFor([&] { return window.libraryPanel()->view()->model()->rowCount() == 2; }));
    // Click the article's card in the sidebar, as a user would.
    QListView *view = window.libraryPanel()->view();
    QModelIndex card;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data(Qt::DisplayRole).toString()
            == seeds.lib->documents().find(seeds.article)->title)
            card = view->model()->index(row, 0);
    }
    REQUIRE(card.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(card).center());
    REQUIRE(window.libraryPanel()->selectedDocumentIds() == QList<qint64> {seeds.article});
    REQUIRE(test::waitFor([&] { return window.currentDocumentId() == seeds.article; }));
    const qint64 current = window.currentDocumentId();
    REQUIRE(current != 0);

    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto *controller = window.findChild<ExportController *>();
    REQUIRE(controller);
    REQUIRE(test::waitFor([&] { return controller->dialog() != nullptr; }));
    ExportDialog *dialog = controller->dialog();
    CHECK(dialog->isVisible());
    CHECK(dialog->scope() == ExportDialog::Scope::CurrentDocument);
    CHECK(dialog->request().documentIds == QList<qint64> {current});
    CHECK(dialog->scopeButton(ExportDialog::Scope::SelectedDocuments)->isEnabled());
    QTest::mouseClick(dialog->scopeButton(ExportDialog::Scope::SelectedDocuments), Qt::LeftButton, {}, QPoint(8, 8));
    CHECK(dialog->request().documentIds == QList<qint64> {seeds.article});

    // A finished export is reported in the status bar.
    QTemporaryDir dir;
    REQUIRE(test::exportAndWait(*dialog, dir.filePath(QStringLiteral("article.md"))).written);
    CHECK(window.statusBar()->currentMessage()
        == QStringLiteral("Exported to %1 (quotes: 1, documents: 1)").arg(dir.filePath(QStringLiteral("article.md"))));
    dialog->reject();
    // Closed means deleted (WA_DeleteOnClose); Qt 5 leaves deferred deletes to the event loop.
    REQUIRE(test::waitFor([&] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return controller->dialog() == nullptr;
    }));
}
