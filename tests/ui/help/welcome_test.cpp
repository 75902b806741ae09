// The welcome page: what the central area shows while the library is empty.
#include "models/store/documentrepository.h"
#include "tests/support/darkpalette.h"
#include "tests/ui/mainwindow/windowfixture.h"
#include "ui/common/filedialog.h"
#include "ui/help/manualdialog.h"
#include "ui/help/welcomepage.h"
#include "ui/import/importcontroller.h"
#include "ui/mainwindow/mainactions.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>

#include <cmath>

using namespace bitext;
using namespace bitext::ui;

namespace {

WelcomePage *welcome(const test::WindowFixture &f)
{
    return f.window->findChild<WelcomePage *>(QStringLiteral("welcomePage"));
}

bool welcomeShown(const test::WindowFixture &f)
{
    auto *stack = welcome(f) ? qobject_cast<QStackedWidget *>(welcome(f)->parentWidget()) : nullptr;
    return stack && welcome(f) && stack->currentWidget() == welcome(f) && welcome(f)->isVisible();
}

// The part of `widget` inside `page` is all of it: nothing is cut off.
bool fullyInside(const QWidget *widget, const QWidget *page)
{
    const QRect rect(widget->mapTo(page, QPoint(0, 0)), widget->size());
    return page->rect().contains(rect) && widget->width() >= widget->minimumSizeHint().width();
}

} // namespace

TEST_CASE("an empty library shows the welcome page; its Import button is File > Import", "[help][welcome]")
{
    test::WindowFixture f;
    REQUIRE(welcome(f));
    CHECK(welcomeShown(f));
    WelcomePage *page = welcome(f);
    MainActions *actions = f.window->actions();

    // The drop line names what the import dialog offers.
    const QString drop = page->findChild<QLabel *>(QStringLiteral("welcomeDrop"))->text();
    for (const QString &pattern : WelcomePage::importPatterns())
        CHECK(drop.contains(pattern.mid(1)));
    CHECK(WelcomePage::importPatterns().contains(QStringLiteral("*.qdpx")));
    CHECK(WelcomePage::importPatterns().contains(QStringLiteral("*.srt")));

    // The buttons follow their actions' enabled state.
    REQUIRE(page->importButton()->isEnabled());
    actions->import->setEnabled(false);
    CHECK_FALSE(page->importButton()->isEnabled());
    actions->import->setEnabled(true);
    CHECK(page->importButton()->isEnabled());

    QSignalSpy triggered(actions->import, &QAction::triggered);
    f.window->importController()->setInteractive(false);
    FileDialog::setNextFileNames({test::seedFile(QStringLiteral("001"))});
    page->importButton()->click();
    CHECK(triggered.count() == 1);
    CHECK(FileDialog::lastOffer().filter == ImportController::fileFilter());
    REQUIRE(test::waitFor([&] { return f.window->currentDocumentId() != 0; }, 120000));
    CHECK_FALSE(welcomeShown(f));

    // Deleting every document brings it back.
    const qint64 id = f.window->currentDocumentId();
    f.window->library()->documents().remove(id);
    REQUIRE(test::waitFor([&] { return welcomeShown(f); }));
    CHECK(f.window->currentDocumentId() == 0);
}

TEST_CASE("the welcome page hides when documents arrive from elsewhere, but not for a library with documents",
    "[help][welcome]")
{
    test::WindowFixture f;
    CHECK(welcomeShown(f));
    // Imported by another connection (the command line) and announced by the library.
    f.import(QStringLiteral("003"));
    CHECK_FALSE(welcomeShown(f));
    // No document open but the library is not empty: the "choose one" page, not welcome.
    CHECK(f.window->currentDocumentId() == 0);
    f.reopenWindow();
    CHECK_FALSE(welcomeShown(f));
}

TEST_CASE(
    "the welcome page's other buttons and link trigger Open Library, New Library and the Manual", "[help][welcome]")
{
    test::WindowFixture f;
    WelcomePage *page = welcome(f);
    REQUIRE(page);
    MainActions *actions = f.window->actions();
    QSignalSpy open(actions->openLibrary, &QAction::triggered);
    QSignalSpy created(actions->newLibrary, &QAction::triggered);
    FileDialog::setNextFileName(QString()); // the user cancels
    page->openButton()->click();
    CHECK(open.count() == 1);
    FileDialog::setNextFileName(QString());
    page->newButton()->click();
    CHECK(created.count() == 1);
    CHECK(f.window->libraryPath() == f.library.path());

    auto *link = page->findChild<QLabel *>(QStringLiteral("welcomeManual"));
    REQUIRE(link);
    CHECK(link->text().contains(QStringLiteral("href")));
    emit link->linkActivated(QStringLiteral("#manual"));
    auto *manual = f.window->findChild<ManualDialog *>(QStringLiteral("manualDialog"));
    REQUIRE(manual);
    CHECK(manual->isVisible());
    manual->close();
}

TEST_CASE("the welcome page fits small screens in light and dark palettes", "[help][welcome]")
{
    const QPalette light = QApplication::palette();
    for (const QSize size : {QSize(1024, 700), QSize(1366, 768)}) {
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? test::darkPalette() : light);
            test::WindowFixture f(size);
            QApplication::processEvents();
            WelcomePage *page = welcome(f);
            REQUIRE(welcomeShown(f));
            INFO(size.width() << "x" << size.height() << (dark ? " dark" : " light"));
            for (QWidget *widget : {static_cast<QWidget *>(page->importButton()),
                     static_cast<QWidget *>(page->openButton()), static_cast<QWidget *>(page->newButton())})
                CHECK(fullyInside(widget, page));
            for (QLabel *label : page->findChildren<QLabel *>()) {
                CHECK(fullyInside(label, page));
                // Text readable on its background in either palette.
                const QColor text = label->palette().color(label->foregroundRole());
                const QColor base = page->palette().color(page->backgroundRole());
                CHECK(std::abs(text.lightness() - base.lightness()) > 80);
            }
            const QColor link = page->linkColour();
            CHECK(std::abs(link.lightness() - page->palette().color(QPalette::Window).lightness()) >= 100);
            CHECK(page->findChild<QLabel *>(QStringLiteral("welcomeManual"))->text().contains(link.name()));
            const QString dir = qEnvironmentVariable("BITEXT_SCREENSHOT_DIR");
            if (!dir.isEmpty())
                f.window->grab().save(QStringLiteral("%1/welcome-%2x%3-%4.png")
                                          .arg(dir)
                                          .arg(size.width())
                                          .arg(size.height())
                                          .arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
        }
    }
    QApplication::setPalette(light);
}
