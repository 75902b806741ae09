// Small screens: the window fits the screen it opens on, and the reader keeps a readable
// measure before the side panels keep their width; the timeline takes only the height
// it needs.
#include "tests/ui/mainwindow/windowfixture.h"
#include "ui/reader/readerview.h"
#include "ui/timeline/speakertimeline.h"

#include <QDockWidget>
#include <QFontMetricsF>

using namespace bitext;
using namespace bitext::ui;

namespace {

// Chinese characters a line of each reader pane holds.
QList<int> charactersPerLine(ReaderView *reader)
{
    QList<int> counts;
    const qreal em = QFontMetricsF(reader->geometry()->fonts().text(Side::Zh)).horizontalAdvance(QChar(0x4E2D));
    for (int column = 0; column < reader->paneCount(); ++column) {
        const int text = reader->pane(column)->viewport()->width() - 2 * reader->geometry()->margin();
        counts << int(text / em);
    }
    return counts;
}

QStringList shownDocks(MainWindow &window, Qt::DockWidgetArea area)
{
    QStringList names;
    const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks) {
        if (dock->isVisible() && !dock->isFloating() && window.dockWidgetArea(dock) == area)
            names << dock->objectName();
    }
    return names;
}

void checkFits(const QRect &available)
{
    test::WindowFixture f;
    MainWindow &window = *f.window;
    window.fitToScreen(available);
    f.open(QStringLiteral("001"));
    test::waitFor([&] { return false; }, 200); // let the layout settle
    INFO("available " << available.width() << "x" << available.height() << ", window " << window.width() << "x"
                      << window.height());

    // The whole window, with room for its frame, is on the screen.
    CHECK(available.contains(window.geometry()));
    CHECK(window.width() >= available.width() - 40);

    // Both panes hold a readable line of Chinese (about 18 characters or more).
    ReaderView *reader = window.reader();
    REQUIRE(reader->paneCount() == 2);
    const QList<int> characters = charactersPerLine(reader);
    INFO("characters per line " << characters.at(0) << ", " << characters.at(1) << "; left "
                                << shownDocks(window, Qt::LeftDockWidgetArea).join(QLatin1Char(',')).toStdString()
                                << ", right "
                                << shownDocks(window, Qt::RightDockWidgetArea).join(QLatin1Char(',')).toStdString());
    CHECK(characters.at(0) >= 18);
    CHECK(characters.at(1) >= 18);
    // The library stays: it is how documents are opened.
    CHECK(shownDocks(window, Qt::LeftDockWidgetArea).contains(QStringLiteral("libraryDock")));

    // The timeline is as tall as its lanes, no more.
    auto *timelineDock = window.findChild<QDockWidget *>(QStringLiteral("timelineDock"));
    REQUIRE(timelineDock);
    const int needed = window.timeline()->sizeHint().height();
    INFO("timeline " << window.timeline()->height() << " px, needs " << needed);
    CHECK(window.timeline()->height() >= needed);
    CHECK(window.timeline()->height() <= needed + 4);
}

} // namespace

TEST_CASE("On a 1366×768 screen the window fits and the reader is readable")
{
    checkFits(QRect(0, 0, 1366, 768));
}

TEST_CASE("On a 1024×700 screen the window fits and the reader is readable")
{
    checkFits(QRect(0, 0, 1024, 700));
}

TEST_CASE(
    "A window made narrow gives the reader room back from the side panels, and the panels return when it is wide again")
{
    test::WindowFixture f;
    MainWindow &window = *f.window;
    f.open(QStringLiteral("001"));
    // Search tabbed with Annotations: hiding only the front tab would bring the other up.
    auto *annotations = window.findChild<QDockWidget *>(QStringLiteral("annotationsDock"));
    auto *search = window.findChild<QDockWidget *>(QStringLiteral("searchDock"));
    search->show();
    window.tabifyDockWidget(annotations, search);
    annotations->raise();
    test::waitFor([&] { return false; }, 100);
    QStringList right = shownDocks(window, Qt::RightDockWidgetArea);
    right.sort();
    REQUIRE(right == (QStringList {QStringLiteral("annotationsDock"), QStringLiteral("searchDock")}));

    window.resize(1024, 700);
    test::waitFor([&] { return false; }, 200);
    const QList<int> narrow = charactersPerLine(window.reader());
    CHECK(narrow.at(0) >= 18);
    CHECK(narrow.at(1) >= 18);
    CHECK(shownDocks(window, Qt::LeftDockWidgetArea).contains(QStringLiteral("libraryDock")));

    window.resize(1400, 900);
    test::waitFor([&] { return false; }, 200);
    QStringList back = shownDocks(window, Qt::RightDockWidgetArea);
    back.sort();
    CHECK(back == right);
    CHECK(window.tabifiedDockWidgets(annotations).contains(search));
}

TEST_CASE("The timeline is as tall as the open document's speakers need")
{
    test::WindowFixture f(QSize(1024, 700));
    MainWindow &window = *f.window;
    const qint64 many = f.open(QStringLiteral("003")); // five speakers
    const qint64 none = f.import(QStringLiteral("002")); // no speaker names
    test::waitFor([&] { return false; }, 100);
    const int tall = window.timeline()->height();
    CHECK(tall >= window.timeline()->sizeHint().height());

    window.openDocument(none);
    test::waitFor([&] { return false; }, 100);
    INFO("timeline " << window.timeline()->height() << " px, needs " << window.timeline()->sizeHint().height());
    CHECK(window.timeline()->height() < tall);
    CHECK(window.timeline()->height() <= window.timeline()->sizeHint().height() + 4);

    window.openDocument(many);
    test::waitFor([&] { return false; }, 100);
    CHECK(window.timeline()->height() == tall);
}
