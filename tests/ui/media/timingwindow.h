#pragma once

// The main window on a real library with two untimed seed documents (001 and 003), for
// the attach, timing and quote tests: what a user does, through the window's actions.
#include "models/item/segmentmodel.h"
#include "models/media/mediarepository.h"
#include "tests/support/testsupport.h"
#include "tests/ui/reader/readertestsupport.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/media/attachmediacontroller.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QTest>

#include <catch2/catch.hpp>
#include <memory>

namespace bitext::test {

using namespace bitext::ui;

struct TimingWindow
{
    TimingWindow()
    {
        clearSettings();
        first = importSeed(library.library(), QStringLiteral("001"));
        third = importSeed(library.library(), QStringLiteral("003"));
        REQUIRE(first > 0);
        REQUIRE(third > 0);
        library.close(); // the window is the only one writing from now on
        makeWindow();
    }

    void makeWindow()
    {
        window = std::make_unique<MainWindow>();
        REQUIRE(window->openLibrary(library.path()));
        REQUIRE(waitFor([this] { return window->library() != nullptr; }, 15000));
        window->resize(1200, 800);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    void open(qint64 documentId)
    {
        window->openDocument(documentId);
        QCoreApplication::processEvents();
        REQUIRE(window->currentDocumentId() == documentId);
    }

    AttachMediaController *attacher() const
    {
        auto *controller = window->findChild<AttachMediaController *>();
        REQUIRE(controller);
        return controller;
    }

    QString storedMedia() { return MediaRepository(*window->library()).absolutePath(window->currentDocumentId()); }

    // A file of that name in the library's folder with these bytes.
    QString writeFile(const QString &name, const QByteArray &bytes = QByteArray("not really audio"))
    {
        const QString path = QDir(library.dir()).filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    // The message box the window shows now, if any.
    static QMessageBox *messageBox()
    {
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *w : windows) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                return box;
        }
        return nullptr;
    }

    TemporaryLibrary library;
    qint64 first = 0;
    qint64 third = 0;
    std::unique_ptr<MainWindow> window;
};

} // namespace bitext::test
