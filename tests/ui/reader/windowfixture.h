#pragma once

#include "models/store/speakerrepository.h"
#include "tests/ui/reader/readertestsupport.h"
#include "ui/mainwindow/mainwindow.h"

#include <QCoreApplication>
#include <QTest>

#include <catch2/catch.hpp>

namespace bitext::test {

// The main window on a fresh library, shown, with seeds imported on demand (for tests
// of the docks and dialogs around the reader).
struct WindowFixture
{
    WindowFixture()
    {
        clearSettings();
        window.openLibrary(library.path());
        window.resize(1200, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

    qint64 import(const QString &seed)
    {
        const qint64 id = importSeed(*window.library(), seed);
        REQUIRE(id > 0);
        emit window.library()->documentsChanged();
        return id;
    }

    qint64 open(const QString &seed)
    {
        const qint64 id = import(seed);
        window.openDocument(id);
        QCoreApplication::processEvents();
        return id;
    }

    qint64 speaker(const QString &nameOrAlias)
    {
        const auto found = window.library()->speakers().findByName(nameOrAlias);
        REQUIRE(found);
        return found->id;
    }

    // The window-modal dialog opened under this name (a child of the window).
    template<typename Dialog> Dialog *dialog(const QString &name)
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // closed ones
        auto *found = window.findChild<Dialog *>(name);
        REQUIRE(found);
        REQUIRE(found->isVisible());
        return found;
    }

    TemporaryLibrary library;
    ui::MainWindow window;
};

} // namespace bitext::test
