// ui/common/languagechange: texts set through onLanguageChange follow the translators the
// application has installed, for widgets and for plain QObjects such as QActions.
#include "tests/support/markingtranslator.h"
#include "ui/common/languagechange.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>

#include <catch2/catch.hpp>

using namespace bitext::ui;

TEST_CASE("onLanguageChange sets the text at once and again when a translator is installed or removed", "[language]")
{
    QLabel label;
    QAction action(nullptr);
    int calls = 0;
    onLanguageChange(&label, [&] {
        ++calls;
        label.setText(QCoreApplication::translate("LanguageChangeTest", "Speakers"));
    });
    onLanguageChange(&action, [&] { action.setText(QCoreApplication::translate("LanguageChangeTest", "&Open")); });
    CHECK(calls == 1);
    CHECK(label.text() == QStringLiteral("Speakers"));

    bitext::test::MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    CHECK(label.text() == QStringLiteral("[Speakers]"));
    CHECK(action.text() == QStringLiteral("[&Open]"));
    CHECK(calls == 2);

    QCoreApplication::removeTranslator(&marking);
    CHECK(label.text() == QStringLiteral("Speakers"));
    CHECK(action.text() == QStringLiteral("&Open"));
}

TEST_CASE("onLanguageChange stops when its owner is destroyed", "[language]")
{
    int calls = 0;
    {
        QObject owner;
        onLanguageChange(&owner, [&] { ++calls; });
    }
    bitext::test::MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QCoreApplication::removeTranslator(&marking);
    CHECK(calls == 1);
}
