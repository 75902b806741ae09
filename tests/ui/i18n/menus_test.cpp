// Issue 13: the main window in Chinese. Its menus are read in English, then in a window
// built in Simplified and in Traditional Chinese, and every text must be what the
// installed catalogue makes of its English source, in Chinese characters; and a running
// window follows a change of language without being made again.
#include "models/core/translator.h"
#include "tests/ui/i18n/i18nsupport.h"

#include <QApplication>
#include <QMenuBar>
#include <QRegularExpression>
#include <QToolBar>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::test;

TEST_CASE("The menu bar and every menu are in Simplified and in Traditional Chinese", "[i18n][menus]")
{
    QList<ShownText> english;
    {
        SeedWindow f;
        english = menuTexts(f.window->menuBar());
    }
    REQUIRE(english.size() > 40);
    QList<ShownText> simplified;
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("zh_TW")}) {
        LanguageScope scope(language);
        SeedWindow f;
        const QList<ShownText> shown = menuTexts(f.window->menuBar());
        INFO(language.toStdString() << "\n" << untranslated(english, shown).join(QLatin1Char('\n')).toStdString());
        CHECK(untranslated(english, shown).isEmpty());
        if (language == QLatin1String("zh_CN"))
            simplified = shown;
        else // Taiwan's words, not a conversion: 檔案 where the mainland writes 文件.
            CHECK_FALSE(differences(simplified, shown).isEmpty());
    }
}

TEST_CASE("Switching the language live retranslates the menu bar of the running window: en, zh_TW, zh_CN, en",
    "[i18n][menus][live]")
{
    SeedWindow f;
    const QMenuBar *bar = f.window->menuBar();
    const QList<ShownText> english = menuTexts(bar);
    REQUIRE(english.size() > 40);
    LanguageScope englishAfterwards(QStringLiteral("en"));
    for (const QString &language : {QStringLiteral("zh_TW"), QStringLiteral("zh_CN")}) {
        REQUIRE(Translator::setLanguage(*qApp, language) == language);
        QCoreApplication::processEvents();
        REQUIRE(f.window->menuBar() == bar); // the same window and menu bar, retranslated
        const QList<ShownText> shown = menuTexts(bar);
        INFO(language.toStdString() << "\n" << untranslated(english, shown).join(QLatin1Char('\n')).toStdString());
        CHECK(untranslated(english, shown).isEmpty());
    }
    REQUIRE(Translator::setLanguage(*qApp, QStringLiteral("en")) == QStringLiteral("en"));
    QCoreApplication::processEvents();
    const QList<ShownText> shown = menuTexts(bar);
    INFO("en again\n" << differences(english, shown).join(QLatin1Char('\n')).toStdString());
    CHECK(differences(english, shown).isEmpty());
}

TEST_CASE("The tool bar in Chinese: translated labels, without the menus' mnemonic letters", "[i18n][toolbar]")
{
    // A tool button shows its action's icon text, which Qt makes from the menu text by
    // dropping "&": 高亮标记(&H) would show as 高亮标记(H), so the bar needs its own texts.
    static const QRegularExpression mnemonic(QStringLiteral("\\(&?[A-Za-z0-9]\\)|&"));
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("zh_TW")}) {
        LanguageScope scope(language);
        SeedWindow f;
        QStringList wrong;
        const QList<QToolButton *> buttons = f.window->toolBar()->findChildren<QToolButton *>();
        int shown = 0;
        for (const QToolButton *button : buttons) {
            if (!button->isVisible() || button->text().isEmpty())
                continue;
            ++shown;
            if (!hasHan(button->text()) || mnemonic.match(button->text()).hasMatch())
                wrong << button->text();
        }
        INFO(language.toStdString() << ": " << wrong.join(QStringLiteral(", ")).toStdString());
        CHECK(shown >= 5);
        CHECK(wrong.isEmpty());
    }
}
