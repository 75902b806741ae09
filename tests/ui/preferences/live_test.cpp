// Preferences applied at once in a real window: Edit › Preferences…, the dark appearance,
// reader fonts, the highlight palette, the author of new annotations (window and `bitext
// annotate`), the layout of the next document opened, the interface language.
#include "models/core/preferences.h"
#include "models/core/translator.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "tests/support/testsupport.h"
#include "tests/ui/annotate/annotatewindow.h"
#include "tests/ui/mainwindow/windowfixture.h"
#include "ui/annotate/markdownhighlighting.h"
#include "ui/common/appearance.h"
#include "ui/common/filedialog.h"
#include "ui/common/syntaxhighlighting.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/windowsettings.h"
#include "ui/preferences/paletteeditor.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/reader/readergeometry.h"

#include <QActionGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

// Edit › Preferences… as the user opens it.
PreferencesDialog *openPreferences(MainWindow *window)
{
    auto *action = window->findChild<QAction *>(QStringLiteral("preferencesAction"));
    REQUIRE(action);
    REQUIRE(window->menu(MainWindow::Menu::Edit)->actions().contains(action));
    action->trigger();
    auto *dialog = window->findChild<PreferencesDialog *>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    return dialog;
}

void closeWith(PreferencesDialog *dialog, QDialogButtonBox::StandardButton button)
{
    QPointer<PreferencesDialog> alive(dialog);
    dialog->findChild<QDialogButtonBox *>()->button(button)->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(alive.isNull()); // deleted on close
}

template<typename T> T *child(QWidget *dialog, const char *name)
{
    T *found = dialog->findChild<T *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

bool isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace

TEST_CASE("Preferences: Edit › Preferences… has the platform's shortcut or Ctrl+,", "[preferences]")
{
    test::WindowFixture f;
    auto *action = f.window->findChild<QAction *>(QStringLiteral("preferencesAction"));
    REQUIRE(action);
    CHECK(action->menuRole() == QAction::PreferencesRole);
    const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::Preferences);
    CHECK(action->shortcuts()
        == (platform.isEmpty() ? QList<QKeySequence> {QKeySequence(Qt::CTRL | Qt::Key_Comma)} : platform));
    test::clearSettings();
}

TEST_CASE("Preferences: Dark turns the application palette dark, System and Cancel bring it back", "[preferences]")
{
    test::WindowFixture f;
    REQUIRE_FALSE(isDark());
    const QColor window = QApplication::palette().color(QPalette::Window);

    PreferencesDialog *dialog = openPreferences(f.window.get());
    auto *appearance = child<QComboBox>(dialog, "appearanceCombo");
    appearance->setCurrentIndex(int(Preferences::Appearance::Dark));
    CHECK(isDark());
    CHECK(QApplication::style()->objectName().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) == 0);
    QCoreApplication::processEvents();
    CHECK(f.window->reader()->palette().color(QPalette::Window).lightness() < 128);
    appearance->setCurrentIndex(int(Preferences::Appearance::System));
    CHECK(QApplication::palette().color(QPalette::Window) == window);
    appearance->setCurrentIndex(int(Preferences::Appearance::Dark));
    CHECK(isDark());
    closeWith(dialog, QDialogButtonBox::Cancel);
    CHECK_FALSE(isDark());
    CHECK(QApplication::palette().color(QPalette::Window) == window);

    // Kept with OK, until set back.
    dialog = openPreferences(f.window.get());
    child<QComboBox>(dialog, "appearanceCombo")->setCurrentIndex(int(Preferences::Appearance::Dark));
    closeWith(dialog, QDialogButtonBox::Ok);
    CHECK(isDark());
    CHECK(Preferences::appearance() == Preferences::Appearance::Dark);
    Preferences::setAppearance(Preferences::Appearance::System);
    CHECK_FALSE(isDark());
    test::clearSettings();
}

TEST_CASE("Preferences: a font or size change lays the reader out in it at once", "[preferences]")
{
    test::WindowFixture f;
    f.open(QStringLiteral("001"));
    const ReaderFonts &fonts = f.window->reader()->geometry()->fonts();
    const qreal sizeBefore = fonts.text(Side::En).pointSizeF();

    PreferencesDialog *dialog = openPreferences(f.window.get());
    auto *latin = child<QFontComboBox>(dialog, "latinFontCombo");
    QString family;
    for (int i = 0; i < latin->count() && family.isEmpty(); ++i) {
        if (latin->itemText(i) != f.window->reader()->geometry()->fonts().text(Side::En).family())
            family = latin->itemText(i);
    }
    REQUIRE_FALSE(family.isEmpty());
    latin->setCurrentFont(QFont(family));
    CHECK(f.window->reader()->geometry()->fonts().text(Side::En).family() == latin->currentFont().family());

    auto *simplified = child<QFontComboBox>(dialog, "simplifiedFontCombo");
    QString chinese;
    for (int i = 0; i < simplified->count() && chinese.isEmpty(); ++i) {
        if (simplified->itemText(i) != f.window->reader()->geometry()->fonts().text(Side::Zh).family())
            chinese = simplified->itemText(i);
    }
    if (!chinese.isEmpty()) { // only where two faces for Chinese are installed
        simplified->setCurrentFont(QFont(chinese));
        CHECK(f.window->reader()->geometry()->fonts().text(Side::Zh).family() == simplified->currentFont().family());
    }

    child<QSpinBox>(dialog, "fontSizeSpin")->setValue(24);
    CHECK(f.window->reader()->geometry()->fonts().text(Side::En).pointSizeF() == Approx(24.0));
    CHECK(f.window->reader()->geometry()->fonts().text(Side::En).pointSizeF() != Approx(sizeBefore));
    closeWith(dialog, QDialogButtonBox::Cancel);
    CHECK(f.window->reader()->geometry()->fonts().text(Side::En).pointSizeF() == Approx(sizeBefore));
    test::clearSettings();
}

TEST_CASE("Preferences: the highlight palette is what the colour menu offers", "[preferences]")
{
    test::AnnotateWindow f;
    REQUIRE(f.actions()->colorMenu->actions().size() == 10);
    PreferencesDialog *dialog = openPreferences(f.window.get());
    auto *palette = child<PaletteEditor>(dialog, "paletteEditor");
    palette->setColorAt(0, QColor(0x12, 0x34, 0x56));
    const QList<QAction *> colours = f.actions()->colorMenu->actions();
    REQUIRE(colours.size() == 10);
    CHECK(colours.at(0)->data().value<QColor>() == QColor(0x12, 0x34, 0x56));
    CHECK(colours.at(0)->text() == QStringLiteral("#123456"));
    CHECK(colours.at(1)->text() == QStringLiteral("Green"));
    closeWith(dialog, QDialogButtonBox::Cancel);
    CHECK(f.actions()->colorMenu->actions().at(0)->data().value<QColor>() == QColor(QStringLiteral("#ffd54f")));
    test::clearSettings();
}

TEST_CASE("Preferences: a new highlight gets the author name from Preferences", "[preferences]")
{
    qunsetenv("BITEXT_AUTHOR");
    test::AnnotateWindow f;
    f.open(f.first);
    PreferencesDialog *dialog = openPreferences(f.window.get());
    QTest::keyClicks(child<QLineEdit>(dialog, "authorEdit"), QStringLiteral("Ada Preferred"));
    closeWith(dialog, QDialogButtonBox::Ok);

    f.select(Side::Zh, 0, 0, 0, 2);
    f.actions()->highlight->trigger();
    const QList<Annotation> made = f.lib().annotations().list(f.first);
    REQUIRE(made.size() == 1);
    CHECK(made.first().author == QStringLiteral("Ada Preferred"));
    test::clearSettings();
}

TEST_CASE("Preferences: `bitext annotate` writes the author name from Preferences", "[preferences][cli]")
{
    qunsetenv("BITEXT_AUTHOR");
    test::TemporaryLibrary lib;
    const qint64 doc = test::importSeed(*lib, QStringLiteral("001"));
    REQUIRE(doc > 0);
    const QString quote = lib->documents().segments(doc).first().zh.left(2);
    lib.close();
    // The settings the bitext process reads: its own names, in this test's private HOME.
    QSettings bitextSettings(QStringLiteral("Bitext"), QStringLiteral("bitext"));
    bitextSettings.setValue(Preferences::settingsKey(Preferences::Key::Author), QStringLiteral("Cli Preferred"));
    bitextSettings.sync();

    const auto made = test::runBitext({QStringLiteral("--library"), lib.path(), QStringLiteral("annotate"),
        QString::number(doc), QStringLiteral("0"), QStringLiteral("--side"), QStringLiteral("zh"),
        QStringLiteral("--quote"), quote, QStringLiteral("--json")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QJsonObject created = QJsonDocument::fromJson(made.out.toUtf8()).object();
    const qint64 id = created.value(QStringLiteral("id")).toVariant().toLongLong();
    REQUIRE(id > 0);
    const auto listed = test::runBitext(
        {QStringLiteral("--library"), lib.path(), QStringLiteral("annotations"), QStringLiteral("--json")});
    const QJsonArray all = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(all.size() == 1);
    CHECK(all.at(0).toObject().value(QStringLiteral("author")).toString() == QStringLiteral("Cli Preferred"));
    bitextSettings.clear();
}

TEST_CASE("Preferences: the default layout is used for the next document opened", "[preferences]")
{
    test::WindowFixture f;
    const qint64 first = f.open(QStringLiteral("001"));
    const qint64 second = f.import(QStringLiteral("003"));
    REQUIRE(f.window->currentDocumentId() == first);
    REQUIRE(f.window->reader()->arrangement() == ReaderArrangement::ZhEn);

    PreferencesDialog *dialog = openPreferences(f.window.get());
    child<QComboBox>(dialog, "layoutCombo")->setCurrentIndex(int(ReaderArrangement::Interlinear));
    closeWith(dialog, QDialogButtonBox::Ok);
    CHECK(f.window->reader()->arrangement() == ReaderArrangement::ZhEn); // the open one keeps its layout

    f.window->openDocument(second);
    QCoreApplication::processEvents();
    CHECK(f.window->reader()->arrangement() == ReaderArrangement::Interlinear);
    CHECK(f.window->actions()->interlinear->isChecked());
    test::clearSettings();
}

TEST_CASE("Preferences: the interface language switches at once and back on Cancel", "[preferences]")
{
    test::WindowFixture f;
    const QString before = Translator::currentLanguage();
    PreferencesDialog *dialog = openPreferences(f.window.get());
    auto *language = child<QComboBox>(dialog, "languageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    CHECK(Translator::currentLanguage() == QStringLiteral("zh_CN"));
    // The dialog's own texts follow the switch (they are the source text until the
    // catalogues hold these strings, then the translation).
    CHECK(dialog->windowTitle() == QCoreApplication::translate("bitext::ui::PreferencesDialog", "Preferences"));
    CHECK(language->itemText(0) == QCoreApplication::translate("bitext::ui::GeneralPage", "System"));
    CHECK(language->itemText(2) == QStringLiteral("简体中文"));
    language->setCurrentIndex(language->findData(QStringLiteral("zh_TW")));
    CHECK(Translator::currentLanguage() == QStringLiteral("zh_TW"));
    closeWith(dialog, QDialogButtonBox::Cancel);
    CHECK(Translator::currentLanguage() == Translator::languageFor(QLocale::system()));
    CHECK(Preferences::language().isEmpty());
    Translator::setLanguage(*QCoreApplication::instance(), before.isEmpty() ? QStringLiteral("en") : before);
    test::clearSettings();
}

TEST_CASE("Preferences: the library location is opened at start without a recent one and is where New Library starts",
    "[preferences]")
{
    const QByteArray env = qgetenv("BITEXT_LIBRARY");
    qunsetenv("BITEXT_LIBRARY");
    test::clearSettings();
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("chosen/library.sqlite"));
    QDir().mkpath(dir.filePath(QStringLiteral("chosen")));
    Preferences::setLibraryLocation(location);
    CHECK(WindowSettings::startLibrary() == location);

    test::WindowFixture f; // its library becomes the most recent one
    CHECK(WindowSettings::startLibrary() == QFileInfo(f.library.path()).absoluteFilePath());
    Preferences::setLibraryLocation(location); // the fixture cleared the settings
    FileDialog::setNextFileName(QString()); // answers as Cancel
    f.window->actions()->newLibrary->trigger();
    CHECK(FileDialog::lastOffer().directory.startsWith(dir.filePath(QStringLiteral("chosen"))));
    FileDialog::setNextFileName(QString());
    f.window->actions()->openLibrary->trigger();
    CHECK(FileDialog::lastOffer().directory == dir.filePath(QStringLiteral("chosen")));
    if (!env.isEmpty())
        qputenv("BITEXT_LIBRARY", env);
    test::clearSettings();
}

TEST_CASE("Preferences: the note editor takes the syntax theme chosen", "[preferences]")
{
    test::clearSettings();
    QWidget paletteSource;
    QTextDocument document;
    MarkdownHighlighting highlighting(&document, &paletteSource);
    const QStringList themes = SyntaxHighlighting::themeNames();
    CHECK(themes.isEmpty() == !SyntaxHighlighting::isAvailable());
    if (themes.isEmpty())
        return; // a build without KSyntaxHighlighting
    const QString automatic = highlighting.themeName();
    const QString chosen = themes.first() == automatic ? themes.last() : themes.first();
    Preferences::setSyntaxTheme(chosen);
    CHECK(highlighting.themeName() == chosen);
    Preferences::setSyntaxTheme(QString());
    CHECK(highlighting.themeName() == automatic);
    test::clearSettings();
}

TEST_CASE("Preferences: Light on a dark desktop is Fusion's light palette, System the desktop's again", "[preferences]")
{
    test::WindowFixture f;
    const QPalette light = QApplication::palette();
    QApplication::setPalette(Appearance::darkPalette()); // as a dark desktop theme gives it
    REQUIRE(isDark());
    PreferencesDialog *dialog = openPreferences(f.window.get());
    auto *appearance = child<QComboBox>(dialog, "appearanceCombo");
    appearance->setCurrentIndex(int(Preferences::Appearance::Light));
    CHECK_FALSE(isDark());
    appearance->setCurrentIndex(int(Preferences::Appearance::Dark));
    CHECK(isDark()); // the desktop's own dark palette
    appearance->setCurrentIndex(int(Preferences::Appearance::Light));
    closeWith(dialog, QDialogButtonBox::Cancel);
    CHECK(isDark());
    QApplication::setPalette(light);
    test::clearSettings();
}
