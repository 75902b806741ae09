// The window's import: ImportController runs models/import/ImportService in a worker
// thread (progress, cancel) and reports what came of every file.
#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "models/import/importservice.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "tests/support/annotatedseeds.h"
#include "tests/support/testsupport.h"
#include "ui/import/importcontroller.h"
#include "ui/import/importreportdialog.h"
#include "ui/mainwindow/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

QList<ImportResult> importInWorker(ImportController &controller, const QString &library, const QStringList &files)
{
    QList<ImportResult> results;
    const auto connection = QObject::connect(
        &controller, &ImportController::finished, [&](const QList<ImportResult> &r) { results = r; });
    REQUIRE(controller.start(library, files));
    REQUIRE(test::waitFor([&] { return !controller.isRunning(); }, 120000));
    QObject::disconnect(connection);
    return results;
}

QString seed(const QString &name)
{
    return test::seedPath(name);
}

} // namespace

TEST_CASE("Re-importing the same files says they are already in the library", "[import][gui]")
{
    test::TemporaryLibrary library;
    MainWindow window;
    REQUIRE(window.openLibrary(library.path()));
    window.importController()->setInteractive(false);
    const QStringList files {
        seed(QStringLiteral("001_b20dc5de5308e2ee.txt")), seed(QStringLiteral("003_e2e2177cc1a7e815.txt"))};

    importInWorker(*window.importController(), library.path(), files);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Imported 2 document")));

    const QList<ImportResult> again = importInWorker(*window.importController(), library.path(), files);
    REQUIRE(again.size() == 2);
    CHECK(again.at(0).status == ImportResult::Status::SkippedDuplicate);
    const QString message = window.statusBar()->currentMessage();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("2 already in the library")));
    CHECK(message.startsWith(QStringLiteral("Nothing imported")));

    // The report after a failure counts them the same way.
    QList<ImportResult> mixed = again;
    ImportResult failed;
    failed.file = library.dir() + QStringLiteral("/empty.txt");
    failed.message = failed.file + QStringLiteral(":1: no text");
    mixed << failed;
    ImportReportDialog report(mixed);
    const auto *summary = report.findChild<QLabel *>(QStringLiteral("importSummary"));
    REQUIRE(summary);
    CHECK(summary->text().contains(QStringLiteral("2 already in the library")));
    CHECK(summary->text().contains(QStringLiteral("1 failed")));
}

TEST_CASE(
    "The window imports through ImportService: the same results as the service's worker entry point", "[import][gui]")
{
    test::TemporaryLibrary library;
    const QString empty = library.dir() + QStringLiteral("/empty.txt");
    QFile(empty).open(QIODevice::WriteOnly);
    const QStringList files {empty, seed(QStringLiteral("002_1f521656fab2dc1c.txt"))};

    QWidget parent;
    ImportController controller(&parent);
    controller.setInteractive(false);
    // A library that cannot be opened (a folder): every file fails with the service's words.
    const QString folder = library.dir();
    const QList<ImportResult> gui = importInWorker(controller, folder, files);
    const QList<ImportResult> service = ImportService::importWithOwnLibrary(folder, files, ImportService::Options());
    REQUIRE(gui.size() == service.size());
    for (int i = 0; i < gui.size(); ++i) {
        CHECK(gui.at(i).status == service.at(i).status);
        CHECK(gui.at(i).message == service.at(i).message);
        CHECK(gui.at(i).failed());
    }

    // A real library: what the window stores is what the service stores.
    const QList<ImportResult> stored = importInWorker(controller, library.path(), files);
    REQUIRE(stored.size() == 2);
    CHECK(stored.at(0).status == ImportResult::Status::Failed);
    CHECK(stored.at(0).message.contains(QStringLiteral("empty.txt:1:")));
    CHECK(stored.at(1).status == ImportResult::Status::Imported);
    library.reopen();
    REQUIRE(library->documents().list().size() == 1);
    CHECK(library->documents().list().first().document.title == stored.at(1).title);
}

TEST_CASE("Cancelling the window's import stores nothing", "[import][gui]")
{
    test::TemporaryLibrary library;
    // Big enough that the worker is still busy when the cancel arrives.
    const QString big = library.dir() + QStringLiteral("/big.txt");
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        const QByteArray line = QStringLiteral("我们今天讨论人工智能的对齐问题，以及它为什么很难。\n").toUtf8();
        for (int i = 0; i < 200000; ++i)
            file.write(line);
    }
    QWidget parent;
    ImportController controller(&parent);
    controller.setInteractive(false);
    QList<ImportResult> results;
    QObject::connect(&controller, &ImportController::finished, [&](const QList<ImportResult> &r) { results = r; });
    REQUIRE(controller.start(library.path(), {big}));
    controller.cancel();
    REQUIRE(test::waitFor([&] { return !controller.isRunning(); }, 120000));
    REQUIRE(results.size() == 1);
    CHECK(results.first().status == ImportResult::Status::Cancelled);
    library.reopen();
    CHECK(library->documents().list().isEmpty());
}

TEST_CASE("File › Import takes a REFI-QDA project: the dialog offers it and the worker imports it whole",
    "[import][gui][exchange]")
{
    for (const QString &pattern : {QStringLiteral("*.qdpx"), QStringLiteral("*.qdc"), QStringLiteral("*.json")})
        CHECK(ImportController::fileFilter().contains(pattern));

    test::AnnotatedSeeds seeds;
    QTemporaryDir dir;
    const QString qdpx = dir.filePath(QStringLiteral("seeds.qdpx"));
    Exporter::create(ExportFormat::RefiProject)->write(ExportCollector(seeds.lib.library()).collect({}), qdpx);

    test::TemporaryLibrary library;
    MainWindow window;
    REQUIRE(window.openLibrary(library.path()));
    window.importController()->setInteractive(false);
    const QList<ImportResult> results = importInWorker(*window.importController(), library.path(), {qdpx});
    REQUIRE(results.size() == 1);
    INFO(results.first().message.toStdString());
    CHECK(results.first().status == ImportResult::Status::Imported);
    REQUIRE(results.first().project);
    CHECK(results.first().project->format == QStringLiteral("qdpx"));
    CHECK(library->documents().list().size() == seeds.lib->documents().list().size());
    CHECK(library->annotations().list().size() == seeds.lib->annotations().list().size());
}
