// The library sidebar: filtering never changes what the reader shows.
#include "models/item/documentlistmodel.h"
#include "models/store/documentrepository.h"
#include "tests/ui/mainwindow/windowfixture.h"
#include "ui/library/librarypanel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>

using namespace bitext;
using namespace bitext::ui;

namespace {
// Types one character as a key press carrying its text: QTest::keyClicks only knows
// ASCII keys, and titles are Chinese.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}
} // namespace

TEST_CASE("Typing in the library filter never opens another document")
{
    test::WindowFixture f;
    const qint64 first = f.import(QStringLiteral("001"));
    const qint64 open = f.import(QStringLiteral("002"));
    const qint64 other = f.import(QStringLiteral("003"));
    Q_UNUSED(first)
    f.window->openDocument(open);
    REQUIRE(f.window->currentDocumentId() == open);
    LibraryPanel *panel = f.window->libraryPanel();
    QLineEdit *filter = panel->filterEdit();
    filter->setFocus();

    // Letter by letter, the title of another document: the open one drops out of the list
    // and another becomes the only one shown, the reader stays.
    const QString title = f.window->library()->documents().find(other)->title;
    for (const QChar c : title.left(12)) {
        typeText(filter, QString(c));
        INFO("filter: " << filter->text().toStdString());
        REQUIRE(f.window->currentDocumentId() == open);
    }
    CHECK(panel->view()->model()->rowCount() < 3);

    // Text that matches nothing, then clearing the filter.
    QTest::keyClicks(filter, QStringLiteral("qqqqzz"));
    CHECK(panel->view()->model()->rowCount() == 0);
    CHECK(f.window->currentDocumentId() == open);
    filter->clear();
    CHECK(panel->view()->model()->rowCount() == 3);
    CHECK(f.window->currentDocumentId() == open);
    // The sidebar marks the open document again.
    CHECK(panel->currentDocumentId() == open);

    // Backspacing through a filter that hides the open document keeps it too.
    typeText(filter, title.left(6));
    while (!filter->text().isEmpty()) {
        QTest::keyClick(filter, Qt::Key_Backspace);
        REQUIRE(f.window->currentDocumentId() == open);
    }

    // Choosing a document in the list still opens it.
    const QModelIndex index = panel->proxy()->mapFromSource(panel->model()->indexOfDocument(other));
    panel->view()->setCurrentIndex(index);
    CHECK(f.window->currentDocumentId() == other);
}
