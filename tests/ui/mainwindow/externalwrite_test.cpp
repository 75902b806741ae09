// Writes by another process (`bitext import` while the window is open) show up in the
// window without moving the reader.
#include "models/item/itemroles.h"
#include "models/item/segmentmodel.h"
#include "tests/ui/mainwindow/windowfixture.h"
#include "ui/library/librarypanel.h"
#include "ui/reader/readerview.h"

#include <QItemSelectionModel>
#include <QListView>

using namespace bitext;
using namespace bitext::ui;

TEST_CASE("A `bitext import` from the command line shows up in the open window, the reader stays where it was")
{
    test::WindowFixture f;
    const qint64 interview = f.open(QStringLiteral("001"));
    ReaderView *reader = f.window->reader();
    QCoreApplication::processEvents();
    reader->scrollToRow(50);
    QCoreApplication::processEvents();
    const int top = reader->geometry()->firstVisibleRow();
    // Pixels of the top row scrolled past (heights above may be re-estimated, the row stays).
    const auto offset = [reader, top] { return reader->geometry()->scrollY() - reader->geometry()->rowTop(top); };
    const int scrolledPast = offset();
    reader->setCurrentRow(top + 2);
    reader->selectionModel()->select(reader->model()->index(top + 3), QItemSelectionModel::Select);
    const QList<int> selected = reader->selectedRows();
    REQUIRE(selected.size() == 2);
    QAbstractItemModel *sidebar = f.window->libraryPanel()->view()->model();
    REQUIRE(sidebar->rowCount() == 1);

    const test::ProcessResult result = test::runBitext({QStringLiteral("--library"), f.library.path(),
        QStringLiteral("import"), test::seedFile(QStringLiteral("002"))});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);

    CHECK(test::waitFor([&] { return sidebar->rowCount() == 2; }, 10000));
    CHECK(f.window->currentDocumentId() == interview);
    CHECK(f.window->libraryPanel()->currentDocumentId() == interview);
    CHECK(reader->geometry()->firstVisibleRow() == top);
    CHECK(offset() == scrolledPast);
    CHECK(reader->currentRow() == top + 2);
    CHECK(reader->selectedRows() == selected);

    // The new document opens from the sidebar like any other.
    const QModelIndex other
        = sidebar->index(sidebar->index(0, 0).data(ItemRole::DocumentIdRole).toLongLong() == interview ? 1 : 0, 0);
    f.window->libraryPanel()->view()->setCurrentIndex(other);
    CHECK(f.window->currentDocumentId() != interview);
    CHECK(f.window->segmentModel()->rowCount() > 0);
}
