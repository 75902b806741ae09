// The dock layout survives File > New/Open Library and a restart, tabbed docks stay
// tabbed, and no panel is squeezed to a sliver.
#include "tests/ui/mainwindow/windowfixture.h"
#include "ui/mainwindow/mainactions.h"

#include <QDockWidget>
#include <QMenu>
#include <QTreeView>

#include <algorithm>

using namespace bitext;
using namespace bitext::ui;

namespace {

QDockWidget *dock(MainWindow &window, const char *name)
{
    return window.findChild<QDockWidget *>(QString::fromLatin1(name));
}

// Docks shown to the user: visible, or a tab of a visible tab group.
bool isShown(MainWindow &window, QDockWidget *dock)
{
    if (!dock || dock->isHidden())
        return false;
    const QList<QDockWidget *> tabs = window.tabifiedDockWidgets(dock);
    return dock->isVisible() || std::any_of(tabs.begin(), tabs.end(), [](QDockWidget *d) { return d->isVisible(); });
}

int panelToggles(MainWindow &window, const QString &text)
{
    int n = 0;
    const QList<QAction *> toggles = window.actions()->panelsMenu->actions();
    for (QAction *action : toggles)
        n += action->text() == text ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("Every dock has an object name, so the layout can be saved")
{
    test::WindowFixture f;
    const QList<QDockWidget *> docks = f.window->findChildren<QDockWidget *>();
    REQUIRE(docks.size() >= 5);
    for (QDockWidget *d : docks) {
        INFO("dock " << d->windowTitle().toStdString());
        CHECK_FALSE(d->objectName().isEmpty());
    }
}

TEST_CASE("The Annotations panel stays after File > New Library and File > Open Library")
{
    test::WindowFixture f;
    MainWindow &window = *f.window;
    REQUIRE(isShown(window, dock(window, "annotationsDock")));
    const QRect before = dock(window, "annotationsDock")->geometry();
    QTemporaryDir other;

    REQUIRE(window.openLibrary(other.filePath(QStringLiteral("new.sqlite"))));
    QCoreApplication::processEvents();
    CHECK(isShown(window, dock(window, "annotationsDock")));
    CHECK(dock(window, "annotationsDock")->geometry() == before);
    CHECK(isShown(window, dock(window, "libraryDock")));
    CHECK(panelToggles(window, QStringLiteral("Annotations")) == 1);

    REQUIRE(window.openLibrary(f.library.path()));
    QCoreApplication::processEvents();
    CHECK(isShown(window, dock(window, "annotationsDock")));
    CHECK(dock(window, "annotationsDock")->geometry() == before);

    // A panel the user closed stays closed across the switch.
    dock(window, "annotationsDock")->close();
    REQUIRE(window.openLibrary(other.filePath(QStringLiteral("new.sqlite"))));
    QCoreApplication::processEvents();
    CHECK_FALSE(isShown(window, dock(window, "annotationsDock")));
}

TEST_CASE("Docks tabbed together come back tabbed after a restart and after opening a library")
{
    test::WindowFixture f;
    {
        MainWindow &window = *f.window;
        QDockWidget *annotations = dock(window, "annotationsDock");
        QDockWidget *search = dock(window, "searchDock");
        REQUIRE(annotations);
        REQUIRE(search);
        search->show();
        window.tabifyDockWidget(annotations, search);
        annotations->raise();
        QCoreApplication::processEvents();
        REQUIRE(window.tabifiedDockWidgets(annotations).contains(search));
    }

    f.reopenWindow();
    QCoreApplication::processEvents();
    MainWindow &window = *f.window;
    QDockWidget *annotations = dock(window, "annotationsDock");
    QDockWidget *search = dock(window, "searchDock");
    CHECK(window.tabifiedDockWidgets(annotations).contains(search));
    CHECK(isShown(window, annotations));
    CHECK(annotations->isVisible()); // the tab in front, as left

    // The codebook tree gets real room, not two rows.
    auto *tagTree = annotations->findChild<QTreeView *>(QStringLiteral("codebookView"));
    REQUIRE(tagTree);
    CHECK(tagTree->height() >= 5 * tagTree->fontMetrics().height());

    QTemporaryDir other;
    REQUIRE(window.openLibrary(other.filePath(QStringLiteral("new.sqlite"))));
    QCoreApplication::processEvents();
    annotations = dock(window, "annotationsDock");
    CHECK(window.tabifiedDockWidgets(annotations).contains(search));
}

TEST_CASE("Docks stacked in one column keep usable heights")
{
    test::WindowFixture f(QSize(1366, 768));
    MainWindow &window = *f.window;
    QDockWidget *annotations = dock(window, "annotationsDock");
    QDockWidget *search = dock(window, "searchDock");
    search->show();
    window.splitDockWidget(annotations, search, Qt::Vertical);
    window.resizeDocks({annotations, search}, {1, 2000}, Qt::Vertical);
    QCoreApplication::processEvents();
    auto *tagTree = annotations->findChild<QTreeView *>(QStringLiteral("codebookView"));
    REQUIRE(tagTree);
    CHECK(tagTree->height() >= 5 * tagTree->fontMetrics().height());
}
