// Help › Manual: a window beside the main one, in the interface language (following a
// switch at the same section), with contents, links between sections and a find field.
#include "models/core/translator.h"
#include "tests/ui/mainwindow/windowfixture.h"
#include "ui/help/manualdialog.h"
#include "ui/mainwindow/mainactions.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace bitext;
using namespace bitext::ui;

namespace {

// Shows the interface in a language for one test, and English again however the test
// ends: other tests in this process expect it.
struct InterfaceLanguage
{
    explicit InterfaceLanguage(const QString &language = QStringLiteral("en")) { set(language); }
    ~InterfaceLanguage() { set(QStringLiteral("en")); }
    static void set(const QString &language) { Translator::setLanguage(*QCoreApplication::instance(), language); }
};

ManualDialog *openManual(test::WindowFixture &f)
{
    f.window->actions()->manual->trigger();
    auto *dialog = f.window->findChild<ManualDialog *>(QStringLiteral("manualDialog"));
    if (dialog)
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
    return dialog;
}

QStringList shownRows(const QListWidget *list)
{
    QStringList rows;
    for (int i = 0; i < list->count(); ++i) {
        if (!list->item(i)->isHidden())
            rows << list->item(i)->text();
    }
    return rows;
}

} // namespace

TEST_CASE(
    "Help > Manual opens with F1, beside the window, in the current language, and follows a switch", "[help][manual]")
{
    InterfaceLanguage english;
    test::WindowFixture f(QSize(1024, 700));
    QAction *manual = f.window->actions()->manual;
    CHECK(manual->shortcuts() == QKeySequence::keyBindings(QKeySequence::HelpContents));
    CHECK(f.window->menu(MainWindow::Menu::Help)->actions().contains(manual));

    ManualDialog *dialog = openManual(f);
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->isModal());
    CHECK(dialog->language() == QStringLiteral("en"));
    CHECK(dialog->contents()->item(0)->text() == QStringLiteral("Getting started"));
    CHECK(dialog->browser()->toPlainText().contains(QStringLiteral("Importing")));
    CHECK(dialog->currentSection() == QStringLiteral("start"));

    // F1 again raises the same window rather than opening a second one.
    manual->trigger();
    CHECK(f.window->findChildren<ManualDialog *>().size() == 1);

    dialog->showSection(QStringLiteral("export"));
    CHECK(dialog->currentSection() == QStringLiteral("export"));
    InterfaceLanguage::set(QStringLiteral("zh_CN"));
    REQUIRE(test::waitFor([&] { return dialog->language() == QStringLiteral("zh_CN"); }));
    CHECK(dialog->contents()->item(0)->text() == ManualText::load(QStringLiteral("zh_CN")).sections().first().title);
    CHECK(dialog->browser()->toPlainText().contains(QStringLiteral("导入")));
    CHECK(dialog->currentSection() == QStringLiteral("export"));

    InterfaceLanguage::set(QStringLiteral("zh_TW"));
    REQUIRE(test::waitFor([&] { return dialog->language() == QStringLiteral("zh_TW"); }));
    CHECK(dialog->browser()->toPlainText().contains(QStringLiteral("匯入")));
    CHECK(dialog->currentSection() == QStringLiteral("export"));
    const QString shots = qEnvironmentVariable("BITEXT_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/manual-zh_TW.png"));

    InterfaceLanguage::set(QStringLiteral("en"));
    REQUIRE(test::waitFor([&] { return dialog->language() == QStringLiteral("en"); }));
    CHECK(dialog->contents()->item(0)->text() == QStringLiteral("Getting started"));
    dialog->close();
}

TEST_CASE("the Manual's find field finds Chinese in either script", "[help][manual]")
{
    InterfaceLanguage simplified(QStringLiteral("zh_CN"));
    test::WindowFixture f;
    ManualDialog *dialog = openManual(f);
    REQUIRE(dialog);
    REQUIRE(dialog->language() == QStringLiteral("zh_CN"));
    // Traditional typed, Simplified found: 導出 -> 导出.
    dialog->findEdit()->setText(QString::fromUtf8("導出"));
    REQUIRE(dialog->matches().size() >= 3);
    for (const QTextCursor &match : dialog->matches())
        CHECK(match.selectedText() == QString::fromUtf8("导出"));
    // Exporting, the seventh section, where 导出 is, is shown.
    CHECK(shownRows(dialog->contents()).contains(ManualText::load(QStringLiteral("zh_CN")).sections().at(6).title));
    dialog->close();
}

TEST_CASE("a new Manual opens in the language the interface has", "[help][manual]")
{
    InterfaceLanguage traditional(QStringLiteral("zh_TW"));
    test::WindowFixture f;
    ManualDialog *dialog = openManual(f);
    REQUIRE(dialog);
    CHECK(dialog->language() == QStringLiteral("zh_TW"));
    CHECK(dialog->contents()->item(0)->text() == ManualText::load(QStringLiteral("zh_TW")).sections().first().title);
    dialog->close();
}

TEST_CASE("the Manual's contents and links lead to their sections", "[help][manual]")
{
    test::WindowFixture f;
    ManualDialog *dialog = openManual(f);
    REQUIRE(dialog);
    const int before = dialog->browser()->verticalScrollBar()->value();
    // A link in the text, as a click on it reports it.
    emit dialog->browser()->anchorClicked(QUrl(QStringLiteral("#search")));
    CHECK(dialog->currentSection() == QStringLiteral("search"));
    CHECK(dialog->browser()->verticalScrollBar()->value() > before);
    CHECK(dialog->browser()->textCursor().block().text() == QStringLiteral("Searching"));

    dialog->contents()->setCurrentRow(ManualText::load(QStringLiteral("en")).indexOf(QStringLiteral("import")));
    CHECK(dialog->browser()->textCursor().block().text() == QStringLiteral("Importing"));
    dialog->close();
}

TEST_CASE("the Manual's find field marks every match and keeps the sections that have one", "[help][manual]")
{
    test::WindowFixture f;
    ManualDialog *dialog = openManual(f);
    REQUIRE(dialog);
    const int sections = dialog->contents()->count();
    QTest::keyClicks(dialog->findEdit(), QStringLiteral("qdpx"));
    REQUIRE(dialog->matches().size() >= 3);
    for (const QTextCursor &match : dialog->matches())
        CHECK(match.selectedText() == QStringLiteral("qdpx"));
    CHECK(dialog->browser()->extraSelections().size() == dialog->matches().size());
    const QStringList shown = shownRows(dialog->contents());
    CHECK(shown.contains(QStringLiteral("Importing")));
    CHECK(shown.contains(QStringLiteral("Exporting")));
    CHECK_FALSE(shown.contains(QStringLiteral("Reading side by side")));
    // Enter goes to the next match.
    const int first = dialog->browser()->textCursor().position();
    CHECK(first == dialog->matches().first().selectionStart());
    QTest::keyClick(dialog->findEdit(), Qt::Key_Return);
    CHECK(dialog->browser()->textCursor().position() == dialog->matches().at(1).selectionStart());
    CHECK(dialog->isVisible()); // Enter never reaches the Close button
    const QString shots = qEnvironmentVariable("BITEXT_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/manual-find.png"));

    // Case does not matter; nothing found hides every section; clearing shows them all.
    dialog->findEdit()->setText(QStringLiteral("QDPX"));
    CHECK(dialog->matches().size() >= 3);
    CHECK(dialog->matches().last().selectedText() == QStringLiteral("qdpx"));
    dialog->findEdit()->setText(QStringLiteral("Bitext Manual")); // the first heading, at position 0
    REQUIRE_FALSE(dialog->matches().isEmpty());
    CHECK(dialog->matches().first().selectionStart() == 0);
    dialog->findEdit()->setText(QStringLiteral("no such words here"));
    CHECK(dialog->matches().isEmpty());
    CHECK(shownRows(dialog->contents()).isEmpty());
    dialog->findEdit()->clear();
    CHECK(shownRows(dialog->contents()).size() == sections);
    CHECK(dialog->browser()->extraSelections().isEmpty());
    dialog->close();
}
