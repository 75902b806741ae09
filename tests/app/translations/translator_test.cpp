// Translator: which interface language a system locale gets, and switching the language
// live (Bitext's catalogue and Qt's own qtbase catalogue together).
#include "models/core/translator.h"
#include "tests/support/tscatalogue.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace bitext;
using test::hasHan;

namespace {

// The translation translations/bitext_LANG.ts holds for a message (empty while unfinished).
QString catalogued(const QString &language, const QString &context, const QString &source)
{
    const QList<test::TsMessage> messages = test::readTsCatalogue(
        QStringLiteral(BITEXT_SOURCE_DIR "/translations/bitext_") + language + QStringLiteral(".ts"));
    for (const test::TsMessage &m : messages) {
        if (m.context == context && m.source == source)
            return m.finished ? m.translations.value(0) : QString();
    }
    return QString();
}

// QApplication posts LanguageChange to the top-level widgets, which pass it on to their
// children: delivered here, as the event loop would.
QString switchTo(const QString &language)
{
    const QString shown = Translator::setLanguage(*qApp, language);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    return shown;
}

// Sets the language back to English when a test ends, whatever happened.
struct EnglishAfterwards
{
    ~EnglishAfterwards() { Translator::setLanguage(*qApp, QStringLiteral("en")); }
};

} // namespace

TEST_CASE("Translator::languageFor: the script decides, then the territory", "[translations][translator]")
{
    const auto languageFor = [](const char *name) { return Translator::languageFor(QLocale(QLatin1String(name))); };
    CHECK(languageFor("zh_CN") == QStringLiteral("zh_CN"));
    CHECK(languageFor("zh_SG") == QStringLiteral("zh_CN"));
    CHECK(languageFor("zh") == QStringLiteral("zh_CN"));
    CHECK(languageFor("zh_Hans") == QStringLiteral("zh_CN"));
    // The script wins over the territory: Simplified as written in Hong Kong is Simplified.
    CHECK(languageFor("zh_Hans_HK") == QStringLiteral("zh_CN"));
    CHECK(Translator::languageFor(QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::Taiwan))
        == QStringLiteral("zh_CN"));

    CHECK(languageFor("zh_TW") == QStringLiteral("zh_TW"));
    CHECK(languageFor("zh_HK") == QStringLiteral("zh_TW"));
    CHECK(languageFor("zh_MO") == QStringLiteral("zh_TW"));
    CHECK(languageFor("zh_Hant") == QStringLiteral("zh_TW"));
    CHECK(languageFor("zh_Hant_CN") == QStringLiteral("zh_TW"));
    CHECK(Translator::languageFor(QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::China))
        == QStringLiteral("zh_TW"));

    CHECK(languageFor("en_US") == QStringLiteral("en"));
    CHECK(languageFor("de_DE") == QStringLiteral("en"));
    CHECK(languageFor("ja_JP") == QStringLiteral("en"));
    CHECK(Translator::languageFor(QLocale::c()) == QStringLiteral("en"));
}

TEST_CASE("Translator::setLanguage switches Bitext's and Qt's strings live: en, zh_TW, zh_CN, en",
    "[translations][translator]")
{
    EnglishAfterwards restore;
    REQUIRE(Translator::setLanguage(*qApp, QStringLiteral("en")) == QStringLiteral("en"));

    // A Bitext string as a Q_OBJECT class in a namespace asks for it (the catalogue files
    // it under the bare class name), and Qt's standard buttons, made once and kept: they
    // follow the language as a window's buttons do.
    const auto file = [] { return QCoreApplication::translate("bitext::ui::MainActions", "&File"); };
    QDialogButtonBox buttons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    const auto cancel = [&] { return buttons.button(QDialogButtonBox::Cancel)->text(); };
    const auto save = [&] { return buttons.button(QDialogButtonBox::Save)->text(); };
    CHECK(Translator::currentLanguage() == QStringLiteral("en"));
    CHECK(file() == QStringLiteral("&File"));
    CHECK(cancel() == QStringLiteral("Cancel"));
    CHECK(save() == QStringLiteral("Save"));

    const QString fileTw = catalogued(QStringLiteral("zh_TW"), QStringLiteral("MainActions"), QStringLiteral("&File"));
    const QString fileCn = catalogued(QStringLiteral("zh_CN"), QStringLiteral("MainActions"), QStringLiteral("&File"));

    CHECK(switchTo(QStringLiteral("zh_TW")) == QStringLiteral("zh_TW"));
    CHECK(Translator::currentLanguage() == QStringLiteral("zh_TW"));
    INFO("translations/bitext_zh_TW.ts: MainActions &File = " << fileTw.toStdString());
    CHECK(hasHan(fileTw));
    CHECK(file() == fileTw);
    // Qt's own catalogue (qtbase_zh_TW.qm, Debian's qt6-translations-l10n): Taiwan's 儲存.
    const QString saveTw = save();
    CHECK(hasHan(cancel()));
    CHECK(hasHan(saveTw));
    CHECK(saveTw == QCoreApplication::translate("QPlatformTheme", "Save"));
    CHECK(cancel() == QCoreApplication::translate("QPlatformTheme", "Cancel"));

    CHECK(switchTo(QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    CHECK(Translator::currentLanguage() == QStringLiteral("zh_CN"));
    INFO("translations/bitext_zh_CN.ts: MainActions &File = " << fileCn.toStdString());
    CHECK(hasHan(fileCn));
    CHECK(file() == fileCn);
    CHECK(fileCn != fileTw);
    // The mainland's 保存: the Traditional catalogue of Qt was replaced, not stacked.
    CHECK(hasHan(save()));
    CHECK(save() != saveTw);
    CHECK(save() == QCoreApplication::translate("QPlatformTheme", "Save"));
    CHECK(hasHan(cancel()));

    CHECK(switchTo(QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(Translator::currentLanguage() == QStringLiteral("en"));
    CHECK(file() == QStringLiteral("&File"));
    CHECK(cancel() == QStringLiteral("Cancel"));
    CHECK(save() == QStringLiteral("Save"));
    // English keeps its plural forms (the English catalogue stays installed).
    CHECK(QCoreApplication::translate("bitext::ui::AnnotationsDock", "%n quote(s)", nullptr, 2)
        == QStringLiteral("2 quotes"));
}

TEST_CASE("Translator::setLanguage: an unknown language leaves English", "[translations][translator]")
{
    EnglishAfterwards restore;
    Translator::setLanguage(*qApp, QStringLiteral("zh_TW"));
    CHECK(Translator::setLanguage(*qApp, QStringLiteral("xx_YY")) == QStringLiteral("en"));
    CHECK(Translator::currentLanguage() == QStringLiteral("en"));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Cancel"));
}
