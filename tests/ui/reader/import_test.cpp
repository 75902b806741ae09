// Importing through the window: files dropped on it go through the worker thread into
// the library, and the sidebar, reader and timeline show them.
#include "models/item/segmentmodel.h"
#include "models/store/documentrepository.h"
#include "tests/ui/reader/readertestsupport.h"
#include "ui/import/importcontroller.h"
#include "ui/import/importreportdialog.h"
#include "ui/library/librarypanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/reader/readerview.h"
#include "ui/timeline/speakertimeline.h"

#include <QFile>
#include <QListView>
#include <QMimeData>
#include <QTest>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

TEST_CASE("Files dropped on the window are imported in the background")
{
    test::clearSettings();
    test::TemporaryLibrary library;
    MainWindow window;
    REQUIRE(window.openLibrary(library.path()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.importController()->setInteractive(false);

    QList<QUrl> urls;
    for (const QString &seed : {QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("002"), QStringLiteral("003"),
                                QStringLiteral("004")})
        urls << QUrl::fromLocalFile(test::seedFile(seed));
    QMimeData mime;
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    CHECK(drop.isAccepted());

    REQUIRE(test::waitFor([&] { return window.importController()->isRunning(); }, 5000));
    REQUIRE(test::waitFor([&] { return !window.importController()->isRunning(); }, 120000));
    // The window's own connection re-read what the worker stored.
    REQUIRE(test::waitFor([&] { return window.libraryPanel()->view()->model()->rowCount() == 5; }));
    CHECK(window.library()->documents().list().size() == 5);
    // The first imported document opened, with its timeline.
    CHECK(window.currentDocumentId() != 0);
    CHECK(window.segmentModel()->rowCount() > 0);
    CHECK_FALSE(window.timeline()->schedule().lanes().isEmpty());
}

TEST_CASE("A failed import is listed with its reason")
{
    test::TemporaryLibrary library;
    const QString bad = library.dir() + QStringLiteral("/empty.txt");
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();

    QWidget parent;
    ImportController controller(&parent);
    controller.setInteractive(false);
    QList<ImportResult> results;
    QObject::connect(&controller, &ImportController::finished, [&](const QList<ImportResult> &r) { results = r; });
    REQUIRE(controller.start(library.path(), {bad, test::seedFile(QStringLiteral("001"))}));
    CHECK_FALSE(controller.start(library.path(), {bad})); // one import at a time
    REQUIRE(test::waitFor([&] { return !controller.isRunning(); }, 120000));
    REQUIRE(results.size() == 2);
    CHECK(results.at(0).failed());
    CHECK_FALSE(results.at(1).failed());

    ImportReportDialog dialog(results);
    const QString report = dialog.reportText();
    CHECK(report.contains(QStringLiteral("empty.txt")));
    CHECK(report.count(QLatin1Char('\n')) == 0); // only the failed file
    CHECK_FALSE(report.contains(QStringLiteral("001_")));
}
