// The window's actions as a new user meets them: Import available as soon as a library
// is open, zoom on every keyboard layout, and tool bar buttons that show an icon even
// where no icon theme is installed.
#include "tests/support/darkpalette.h"
#include "tests/ui/mainwindow/windowfixture.h"
#include "ui/common/themedicon.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/reader/readerview.h"

#include <QAction>
#include <QDir>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

using namespace bitext;
using namespace bitext::ui;

TEST_CASE("File > Import is enabled whenever a library is open")
{
    test::clearSettings();
    QTemporaryDir dir;
    MainWindow window;
    CHECK_FALSE(window.actions()->import->isEnabled());

    // First start: the default library does not exist yet and is created empty.
    REQUIRE(window.openLibrary(dir.filePath(QStringLiteral("first.sqlite"))));
    CHECK(window.actions()->import->isEnabled());

    // File > New Library and File > Open Library end in openLibrary too.
    REQUIRE(window.openLibrary(dir.filePath(QStringLiteral("second.sqlite"))));
    CHECK(window.actions()->import->isEnabled());
    REQUIRE(window.openLibrary(dir.filePath(QStringLiteral("first.sqlite"))));
    CHECK(window.actions()->import->isEnabled());
}

TEST_CASE("Ctrl+= zooms in as Ctrl++ does, Ctrl+- zooms out and Ctrl+0 resets")
{
    test::WindowFixture f;
    f.open(QStringLiteral("001"));
    MainWindow &window = *f.window;
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    ReaderView *reader = window.reader();
    reader->pane(0)->setFocus();
    REQUIRE(reader->zoom() == 0);

    CHECK(window.actions()->zoomIn->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Equal)));
    QTest::keyClick(reader->pane(0), Qt::Key_Equal, Qt::ControlModifier);
    CHECK(reader->zoom() == 1);
    QTest::keyClick(reader->pane(0), Qt::Key_Plus, Qt::ControlModifier);
    CHECK(reader->zoom() == 2);
    QTest::keyClick(reader->pane(0), Qt::Key_Minus, Qt::ControlModifier);
    CHECK(reader->zoom() == 1);
    QTest::keyClick(reader->pane(0), Qt::Key_0, Qt::ControlModifier);
    CHECK(reader->zoom() == 0);
}

namespace {

// Whether an icon paints something at tool bar size (a null or empty icon leaves a
// text-only button).
bool paintsSomething(const QIcon &icon)
{
    if (icon.isNull())
        return false;
    const QImage image = icon.pixmap(24, 24).toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("The tool bar offers Import, Export, Search, Find, Highlight, Tag and Note with icons without an icon theme")
{
    const QString theme = QIcon::themeName();
    const QStringList paths = QIcon::themeSearchPaths();
    // No theme at all, as on a bare desktop.
    QIcon::setThemeSearchPaths({QDir::tempPath() + QStringLiteral("/bitext-no-icon-themes")});
    QIcon::setThemeName(QStringLiteral("bitext-no-such-theme"));
    {
        test::WindowFixture f;
        QToolBar *toolBar = f.window->toolBar();
        QStringList found;
        const QList<QAction *> actions = toolBar->actions();
        for (QAction *action : actions) {
            auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action));
            QAction *shown = button && button->defaultAction() ? button->defaultAction() : action;
            if (shown->isSeparator() || !toolBar->widgetForAction(action))
                continue;
            const QString text = shown->iconText();
            found << text;
            INFO("tool bar action " << text.toStdString());
            CHECK(paintsSomething(shown->icon()));
        }
        for (const char *expected : {"Import", "Export", "Search", "Find", "Highlight", "Tag", "Note"}) {
            INFO("tool bar entries: " << found.join(QStringLiteral(", ")).toStdString());
            const QString name = QString::fromLatin1(expected);
            CHECK(std::any_of(found.begin(), found.end(), [&](const QString &text) { return text.startsWith(name); }));
        }
    }
    QIcon::setThemeSearchPaths(paths);
    QIcon::setThemeName(theme);
}

namespace {

// The mean lightness (0–255) of the opaque pixels of an icon at tool bar size.
int inkLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(24, 24).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 128) {
                sum += QColor(image.pixel(x, y)).lightness();
                ++count;
            }
        }
    }
    return count ? int(sum / count) : -1;
}

} // namespace

TEST_CASE("Bundled icons are drawn in the palette's text colour, light on dark and dark on light")
{
    const QPalette original = QApplication::palette();
    const QString theme = QIcon::themeName();
    QIcon::setThemeName(QStringLiteral("bitext-no-such-theme"));
    const QIcon icon = themedIcon(QStringLiteral("edit-find"));
    REQUIRE_FALSE(icon.isNull());

    QApplication::setPalette(test::darkPalette());
    CHECK(inkLightness(icon) > 160);
    QPalette light = original;
    light.setColor(QPalette::ButtonText, Qt::black);
    light.setColor(QPalette::Disabled, QPalette::ButtonText, Qt::gray);
    QApplication::setPalette(light);
    CHECK(inkLightness(icon) < 90);
    // Disabled buttons get the palette's disabled text colour.
    const QImage disabled = icon.pixmap(24, 24, QIcon::Disabled).toImage();
    CHECK(disabled != icon.pixmap(24, 24).toImage());

    QApplication::setPalette(original);
    QIcon::setThemeName(theme);
}
