// The Preferences dialog on its own: every page's controls write their QSettings key at
// once and show what is stored; OK keeps, Cancel puts back, Restore Defaults resets.
#include "models/core/preferences.h"
#include "tests/ui/reader/readertestsupport.h"
#include "ui/common/filedialog.h"
#include "ui/common/syntaxhighlighting.h"
#include "ui/preferences/paletteeditor.h"
#include "ui/preferences/preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

QVariant stored(Preferences::Key key)
{
    return QSettings().value(Preferences::settingsKey(key));
}

template<typename T> T *child(QWidget *dialog, const char *name)
{
    T *found = dialog->findChild<T *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

// Another family the combo offers than the one it shows.
QString otherFamily(QFontComboBox *combo)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i) != combo->currentFont().family())
            return combo->itemText(i);
    }
    return {};
}

} // namespace

TEST_CASE("Preferences dialog: each control writes its key at once", "[preferences]")
{
    test::clearSettings();
    PreferencesDialog dialog;
    dialog.show();

    // General. (The language is only stored here: no window applies it in this test.)
    auto *language = child<QComboBox>(&dialog, "languageCombo");
    CHECK(language->itemText(2) == QStringLiteral("简体中文"));
    CHECK(language->itemText(3) == QStringLiteral("繁體中文"));
    language->setCurrentIndex(language->findData(QStringLiteral("zh_TW")));
    CHECK(stored(Preferences::Key::Language).toString() == QStringLiteral("zh_TW"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "authorEdit"), QStringLiteral("Ada"));
    CHECK(stored(Preferences::Key::Author).toString() == QStringLiteral("Ada"));
    auto *library = child<QLineEdit>(&dialog, "libraryEdit");
    library->setText(QStringLiteral("/tmp/typed/lib.sqlite"));
    emit library->editingFinished();
    CHECK(stored(Preferences::Key::LibraryLocation).toString() == QStringLiteral("/tmp/typed/lib.sqlite"));
    FileDialog::setNextFileName(QStringLiteral("/tmp/chosen/other.sqlite"));
    child<QPushButton>(&dialog, "browseLibraryButton")->click();
    CHECK(stored(Preferences::Key::LibraryLocation).toString() == QStringLiteral("/tmp/chosen/other.sqlite"));
    CHECK(library->text() == QStringLiteral("/tmp/chosen/other.sqlite"));

    // Appearance.
    child<QComboBox>(&dialog, "appearanceCombo")->setCurrentIndex(int(Preferences::Appearance::Light));
    CHECK(stored(Preferences::Key::Appearance).toString() == QStringLiteral("light"));
    auto *latin = child<QFontComboBox>(&dialog, "latinFontCombo");
    const QString family = otherFamily(latin);
    REQUIRE_FALSE(family.isEmpty());
    latin->setCurrentFont(QFont(family));
    CHECK(stored(Preferences::Key::LatinFont).toString() == latin->currentFont().family());
    CHECK(child<QFontComboBox>(&dialog, "simplifiedFontCombo")->writingSystem() == QFontDatabase::SimplifiedChinese);
    CHECK(child<QFontComboBox>(&dialog, "traditionalFontCombo")->writingSystem() == QFontDatabase::TraditionalChinese);
    child<QSpinBox>(&dialog, "fontSizeSpin")->setValue(15);
    CHECK(stored(Preferences::Key::FontSize).toInt() == 15);
    auto *palette = child<PaletteEditor>(&dialog, "paletteEditor");
    REQUIRE(palette->colors().size() == 10);
    palette->setColorAt(1, QColor(Qt::red));
    CHECK(Preferences::highlightPalette().at(1) == QColor(Qt::red));
    child<QToolButton>(&dialog, "removePaletteColor")->click();
    CHECK(stored(Preferences::Key::HighlightPalette).toStringList().size() == 9);
    child<QToolButton>(&dialog, "addPaletteColor")->click();
    CHECK(Preferences::highlightPalette().size() == 10);
    CHECK((dialog.findChild<QComboBox *>(QStringLiteral("syntaxThemeCombo")) != nullptr)
        == SyntaxHighlighting::isAvailable());
    if (auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("syntaxThemeCombo"))) {
        REQUIRE(theme->count() > 1);
        theme->setCurrentIndex(1);
        CHECK(stored(Preferences::Key::SyntaxTheme).toString() == theme->itemText(1));
    }

    // Reading.
    child<QComboBox>(&dialog, "layoutCombo")->setCurrentIndex(4);
    CHECK(stored(Preferences::Key::ReaderLayout).toInt() == 4);
    dialog.reject();
    test::clearSettings();
}

TEST_CASE("Preferences dialog: the controls show what is stored", "[preferences]")
{
    test::clearSettings();
    QSettings settings;
    settings.setValue(Preferences::settingsKey(Preferences::Key::Language), QStringLiteral("zh_CN"));
    settings.setValue(Preferences::settingsKey(Preferences::Key::Author), QStringLiteral("Grace"));
    settings.setValue(Preferences::settingsKey(Preferences::Key::LibraryLocation), QStringLiteral("/tmp/x/y.sqlite"));
    settings.setValue(Preferences::settingsKey(Preferences::Key::Appearance), QStringLiteral("dark"));
    settings.setValue(Preferences::settingsKey(Preferences::Key::FontSize), 18);
    settings.setValue(Preferences::settingsKey(Preferences::Key::HighlightPalette),
        QStringList {QStringLiteral("#ff0000"), QStringLiteral("#00ff00")});
    settings.setValue(Preferences::settingsKey(Preferences::Key::ReaderLayout), 3);
    settings.sync();

    PreferencesDialog dialog;
    CHECK(child<QComboBox>(&dialog, "languageCombo")->currentData().toString() == QStringLiteral("zh_CN"));
    CHECK(child<QLineEdit>(&dialog, "authorEdit")->text() == QStringLiteral("Grace"));
    CHECK(child<QLineEdit>(&dialog, "libraryEdit")->text() == QStringLiteral("/tmp/x/y.sqlite"));
    CHECK(child<QComboBox>(&dialog, "appearanceCombo")->currentIndex() == int(Preferences::Appearance::Dark));
    CHECK(child<QSpinBox>(&dialog, "fontSizeSpin")->value() == 18);
    CHECK(child<PaletteEditor>(&dialog, "paletteEditor")->colors() == QList<QColor> {Qt::red, Qt::green});
    CHECK(child<QComboBox>(&dialog, "layoutCombo")->currentIndex() == 3);
    test::clearSettings();
}

TEST_CASE("Preferences dialog: OK keeps the changes, Cancel restores, Restore Defaults resets", "[preferences]")
{
    test::clearSettings();
    Preferences::setAuthor(QStringLiteral("Before"));
    Preferences::setReaderLayout(1);
    {
        PreferencesDialog dialog;
        dialog.show();
        auto *author = child<QLineEdit>(&dialog, "authorEdit");
        author->clear();
        QTest::keyClicks(author, QStringLiteral("Kept"));
        child<QComboBox>(&dialog, "layoutCombo")->setCurrentIndex(2);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(Preferences::author() == QStringLiteral("Kept"));
    CHECK(Preferences::readerLayout() == 2);

    {
        PreferencesDialog dialog;
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "authorEdit"), QStringLiteral(" Changed"));
        child<QComboBox>(&dialog, "layoutCombo")->setCurrentIndex(4);
        child<QSpinBox>(&dialog, "fontSizeSpin")->setValue(20);
        CHECK(Preferences::readerLayout() == 4); // live
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    }
    CHECK(Preferences::author() == QStringLiteral("Kept"));
    CHECK(Preferences::readerLayout() == 2);
    CHECK(Preferences::fontSize() == 0);
    CHECK_FALSE(QSettings().contains(Preferences::settingsKey(Preferences::Key::FontSize)));

    PreferencesDialog dialog;
    dialog.show();
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
    CHECK(Preferences::author().isEmpty());
    CHECK(Preferences::readerLayout() == 0);
    CHECK(child<QLineEdit>(&dialog, "authorEdit")->text().isEmpty());
    CHECK(child<QComboBox>(&dialog, "layoutCombo")->currentIndex() == 0);
    test::clearSettings();
}
