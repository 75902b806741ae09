#include "tests/support/annotatedseeds.h"
#include "tests/support/testsupport.h"
#include "ui/export/exportcontroller.h"
#include "ui/export/exportdialog.h"
#include "ui/library/librarypanel.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
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
    window.openDocument(seeds.interview);
    window.libraryPanel()->selectDocument(seeds.article);
    REQUIRE(window.libraryPanel()->selectedDocumentIds() == QList<qint64>{seeds.article});
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
    CHECK(dialog->request().documentIds == QList<qint64>{current});
    QTest::mouseClick(dialog->scopeButton(ExportDialog::Scope::SelectedDocuments), Qt::LeftButton, {}, QPoint(8, 8));
    CHECK(dialog->request().documentIds == QList<qint64>{seeds.article});

    // A finished export is reported in the status bar.
    QTemporaryDir dir;
    REQUIRE(dialog->exportTo(dir.filePath(QStringLiteral("article.md"))));
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Exported 1 quote from 1 document to ")));
    dialog->reject();
    REQUIRE(test::waitFor([&] { return controller->dialog() == nullptr; }));
}
