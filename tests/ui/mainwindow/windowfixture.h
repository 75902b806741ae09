#pragma once

#include "tests/ui/reader/readertestsupport.h"
#include "ui/mainwindow/mainwindow.h"

#include <QCoreApplication>
#include <QTest>

#include <catch2/catch.hpp>
#include <memory>

namespace bitext::test {

// A main window on a temporary library, from empty settings. reopenWindow() closes the
// window (saving what it saves on quit) and starts a new one on the same library, as a
// restart of the app would.
struct WindowFixture
{
    explicit WindowFixture(QSize size = QSize(1400, 900))
        : m_size(size)
    {
        clearSettings();
        startWindow();
    }

    void startWindow()
    {
        window = std::make_unique<ui::MainWindow>();
        REQUIRE(window->openLibrary(library.path()));
        window->resize(m_size);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    void reopenWindow()
    {
        window->close();
        window.reset();
        startWindow();
    }

    // Imports a seed through the window's own library and tells the window about it.
    qint64 import(const QString &seed)
    {
        const qint64 id = importSeed(*window->library(), seed);
        REQUIRE(id > 0);
        emit window->library()->documentsChanged();
        return id;
    }

    qint64 open(const QString &seed)
    {
        const qint64 id = import(seed);
        window->openDocument(id);
        QCoreApplication::processEvents();
        return id;
    }

    TemporaryLibrary library;
    std::unique_ptr<ui::MainWindow> window;

private:
    QSize m_size;
};

} // namespace bitext::test
