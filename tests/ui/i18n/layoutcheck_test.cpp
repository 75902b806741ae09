// tests/support/layoutcheck: it names each kind of cut-off text it is meant to find, and
// nothing in a window where everything fits.
#include "tests/support/layoutcheck.h"
#include "tests/support/testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTest>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

bool names(const QStringList &problems, const QString &what)
{
    return std::any_of(problems.cbegin(), problems.cend(), [&](const QString &p) { return p.contains(what); });
}

void show(QWidget &window)
{
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    test::waitFor([] { return false; }, 50);
}

} // namespace

TEST_CASE("layoutProblems: nothing in a window where every text fits", "[layoutcheck]")
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("A label that fits"), &window));
    layout->addWidget(new QPushButton(QStringLiteral("&Export…"), &window));
    layout->addWidget(new QCheckBox(QStringLiteral("Include the aligned passage"), &window));
    auto *box = new QGroupBox(QStringLiteral("Export"), &window);
    (new QVBoxLayout(box))->addWidget(new QRadioButton(QStringLiteral("The whole library"), box));
    layout->addWidget(box);
    auto *combo = new QComboBox(&window);
    combo->addItem(QStringLiteral("Markdown for Obsidian and Zotero (.md)"));
    layout->addWidget(combo);
    auto *tabs = new QTabBar(&window);
    tabs->addTab(QStringLiteral("Library"));
    tabs->addTab(QStringLiteral("文库"));
    layout->addWidget(tabs);
    show(window);
    const QStringList problems = test::layoutProblems(&window);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("layoutProblems names labels, buttons, group boxes, tabs and combo boxes too narrow for their text",
    "[layoutcheck]")
{
    QWidget window;
    window.resize(400, 400);
    const QString longText = QStringLiteral("包括另一种语言中对齐的段落 and more words");
    auto *label = new QLabel(longText, &window);
    label->setObjectName(QStringLiteral("narrowLabel"));
    label->setGeometry(0, 0, 60, 30);
    auto *wrapped = new QLabel(longText + longText + longText, &window);
    wrapped->setObjectName(QStringLiteral("shortWrappedLabel"));
    wrapped->setWordWrap(true);
    wrapped->setGeometry(0, 30, 80, 12);
    auto *button = new QPushButton(longText, &window);
    button->setObjectName(QStringLiteral("narrowButton"));
    button->setGeometry(0, 50, 60, 30);
    auto *check = new QCheckBox(longText, &window);
    check->setObjectName(QStringLiteral("narrowCheck"));
    check->setGeometry(0, 80, 60, 30);
    auto *radio = new QRadioButton(longText, &window);
    radio->setObjectName(QStringLiteral("narrowRadio"));
    radio->setGeometry(0, 110, 60, 30);
    auto *box = new QGroupBox(longText, &window);
    box->setObjectName(QStringLiteral("narrowBox"));
    box->setGeometry(0, 140, 60, 40);
    auto *combo = new QComboBox(&window);
    combo->setObjectName(QStringLiteral("narrowCombo"));
    combo->addItem(longText);
    combo->setGeometry(0, 180, 80, 30);
    auto *tabs = new QTabBar(&window);
    tabs->setObjectName(QStringLiteral("narrowTabs"));
    tabs->setElideMode(Qt::ElideRight);
    tabs->setUsesScrollButtons(false);
    tabs->addTab(longText);
    tabs->addTab(QStringLiteral("Speakers"));
    tabs->setGeometry(0, 210, 150, 30);
    auto *outside = new QLabel(QStringLiteral("x"), &window);
    outside->setObjectName(QStringLiteral("outsideLabel"));
    outside->setGeometry(380, 390, 40, 20);
    show(window);

    const QStringList problems = test::layoutProblems(&window);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    for (const char *name : {"narrowLabel", "shortWrappedLabel", "narrowButton", "narrowCheck", "narrowRadio",
             "narrowBox", "narrowCombo", "narrowTabs", "outsideLabel"}) {
        INFO(name);
        CHECK(names(problems, QLatin1String(name)));
    }
    CHECK(names(problems, longText + QStringLiteral("\" (tab)")));
    CHECK(names(problems, QStringLiteral("outsideLabel: lies partly outside the window")));
}

TEST_CASE("layoutProblems names menus that do not fit the menu bar and elided dock titles", "[layoutcheck]")
{
    QMainWindow window;
    for (int i = 0; i < 12; ++i)
        window.menuBar()->addMenu(QStringLiteral("偏好設定與說明 %1").arg(i))->addAction(QStringLiteral("x"));
    auto *dock = new QDockWidget(QStringLiteral("A speaker timeline with a very long title indeed"), &window);
    dock->setObjectName(QStringLiteral("longDock"));
    dock->setWidget(new QLabel(QStringLiteral("x")));
    window.addDockWidget(Qt::LeftDockWidgetArea, dock);
    window.setCentralWidget(new QLabel(QStringLiteral("centre")));
    window.resize(500, 300);
    window.resizeDocks({dock}, {120}, Qt::Horizontal);
    show(window);

    const QStringList problems = test::layoutProblems(&window);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(names(problems, QStringLiteral("偏好設定與說明 11\": the menu does not fit in the menu bar")));
    CHECK_FALSE(names(problems, QStringLiteral("偏好設定與說明 0\"")));
    CHECK(names(problems, QStringLiteral("longDock \"A speaker timeline with a very long title indeed\" (title)")));
}
