// Preferences: the defaults of a fresh settings file, what a hand-edited or outdated value
// falls back to, the change notification, snapshots (Cancel), and the readers that take
// their values from it (tag and highlight colours, the default library, the author name).
#include "models/core/preferences.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"

#include <QSettings>

#include <catch2/catch.hpp>

using namespace bitext;
using Key = Preferences::Key;

namespace {

// Each case starts from an empty settings file and no author or library in the environment.
struct CleanPreferences
{
    CleanPreferences()
        : author(qgetenv("BITEXT_AUTHOR"))
        , library(qgetenv("BITEXT_LIBRARY"))
    {
        QSettings().clear();
        qunsetenv("BITEXT_AUTHOR");
        qunsetenv("BITEXT_LIBRARY");
    }
    ~CleanPreferences()
    {
        QSettings().clear();
        if (!author.isEmpty())
            qputenv("BITEXT_AUTHOR", author);
        if (!library.isEmpty())
            qputenv("BITEXT_LIBRARY", library);
    }
    QByteArray author;
    QByteArray library;
};

void recordChanges(QObject *context, QList<Key> *keys)
{
    QObject::connect(&Preferences::instance(), &Preferences::changed, context, [keys](Key key) { keys->append(key); });
}

} // namespace

TEST_CASE("Preferences: a fresh settings file gives every default", "[preferences]")
{
    CleanPreferences clean;
    CHECK(Preferences::language().isEmpty());
    CHECK(Preferences::appearance() == Preferences::Appearance::System);
    CHECK(Preferences::fontFamily(Preferences::Script::Simplified).isEmpty());
    CHECK(Preferences::fontFamily(Preferences::Script::Latin).isEmpty());
    CHECK(Preferences::fontSize() == 0);
    CHECK(Preferences::highlightPalette() == Preferences::defaultHighlightPalette());
    CHECK(Preferences::highlightPalette().size() == 10);
    CHECK(Preferences::author().isEmpty());
    CHECK_FALSE(Preferences::authorName().isEmpty()); // the login name
    CHECK(Preferences::syntaxTheme().isEmpty());
    CHECK(Preferences::libraryLocation() == Preferences::defaultLibraryLocation());
    CHECK(Preferences::readerLayout() == 0);
}

TEST_CASE("Preferences: values outside what a key accepts fall back to its default", "[preferences]")
{
    CleanPreferences clean;
    QSettings settings;
    settings.setValue(Preferences::settingsKey(Key::Language), QStringLiteral("fr"));
    settings.setValue(Preferences::settingsKey(Key::Appearance), QStringLiteral("purple"));
    settings.setValue(Preferences::settingsKey(Key::FontSize), 200);
    settings.setValue(Preferences::settingsKey(Key::ReaderLayout), 7);
    settings.setValue(Preferences::settingsKey(Key::HighlightPalette),
        QStringList {QStringLiteral("no colour"), QStringLiteral("#123456")});
    settings.sync();
    CHECK(Preferences::language().isEmpty());
    CHECK(Preferences::appearance() == Preferences::Appearance::System);
    CHECK(Preferences::fontSize() == 0);
    CHECK(Preferences::readerLayout() == 0);
    CHECK(Preferences::highlightPalette() == QList<QColor> {QColor(0x12, 0x34, 0x56)});

    settings.setValue(Preferences::settingsKey(Key::HighlightPalette), QStringList {QStringLiteral("nothing")});
    settings.setValue(Preferences::settingsKey(Key::ReaderLayout), QStringLiteral("wide"));
    settings.sync();
    CHECK(Preferences::highlightPalette() == Preferences::defaultHighlightPalette());
    CHECK(Preferences::readerLayout() == 0);

    // Setters store only what the getters accept.
    Preferences::setFontSize(100);
    CHECK(Preferences::fontSize() == Preferences::kMaxFontSize);
    Preferences::setFontSize(2);
    CHECK(Preferences::fontSize() == Preferences::kMinFontSize);
    Preferences::setReaderLayout(4);
    CHECK(Preferences::readerLayout() == 4);
    Preferences::setReaderLayout(9);
    CHECK(Preferences::readerLayout() == 0);
    Preferences::setLanguage(QStringLiteral("zh_TW"));
    CHECK(Preferences::language() == QStringLiteral("zh_TW"));
    Preferences::setLanguage(QStringLiteral("klingon"));
    CHECK(Preferences::language().isEmpty());
    Preferences::setAuthor(QStringLiteral("  Grace  "));
    CHECK(Preferences::author() == QStringLiteral("Grace"));
    Preferences::setHighlightPalette({QColor(), QColor(Qt::red)});
    CHECK(Preferences::highlightPalette() == QList<QColor> {QColor(Qt::red)});
}

TEST_CASE("Preferences: changed(key) tells of real changes only", "[preferences]")
{
    CleanPreferences clean;
    QObject context;
    QList<Key> changes;
    recordChanges(&context, &changes);
    Preferences::setAuthor(QStringLiteral("Ada"));
    Preferences::setAuthor(QStringLiteral("Ada"));
    Preferences::setAppearance(Preferences::Appearance::Dark);
    Preferences::setFontFamily(Preferences::Script::Traditional, QStringLiteral("Noto Serif CJK TC"));
    CHECK(changes == QList<Key> {Key::Author, Key::Appearance, Key::TraditionalFont});
}

TEST_CASE("Preferences: a snapshot puts back what was stored; Restore Defaults forgets all", "[preferences]")
{
    CleanPreferences clean;
    Preferences::setAuthor(QStringLiteral("Ada"));
    Preferences::setReaderLayout(2);
    const Preferences::Snapshot before = Preferences::snapshot();

    Preferences::setAuthor(QStringLiteral("Grace"));
    Preferences::setReaderLayout(4);
    Preferences::setLanguage(QStringLiteral("zh_CN"));
    QObject context;
    QList<Key> changes;
    recordChanges(&context, &changes);
    Preferences::restore(before);
    CHECK(Preferences::author() == QStringLiteral("Ada"));
    CHECK(Preferences::readerLayout() == 2);
    CHECK(Preferences::language().isEmpty());
    CHECK(changes.size() == 3);

    Preferences::restoreDefaults();
    CHECK(Preferences::author().isEmpty());
    CHECK(Preferences::readerLayout() == 0);
    CHECK_FALSE(QSettings().contains(Preferences::settingsKey(Key::Author)));
}

TEST_CASE("Preferences: the author name is BITEXT_AUTHOR, else the preference, else the login", "[preferences]")
{
    CleanPreferences clean;
    const QString login = Preferences::authorName();
    Preferences::setAuthor(QStringLiteral("Ada Preferred"));
    CHECK(Preferences::authorName() == QStringLiteral("Ada Preferred"));
    qputenv("BITEXT_AUTHOR", "Env Author");
    CHECK(Preferences::authorName() == QStringLiteral("Env Author"));
    qunsetenv("BITEXT_AUTHOR");
    Preferences::setAuthor(QString());
    CHECK(Preferences::authorName() == login);
}

TEST_CASE("Preferences: tag colours and the default library follow it", "[preferences]")
{
    CleanPreferences clean;
    CHECK(TagRepository::paletteColor(0) == QColor(QStringLiteral("#ffd54f")));
    Preferences::setHighlightPalette({QColor(Qt::red), QColor(Qt::blue)});
    CHECK(TagRepository::paletteColor(0) == QColor(Qt::red));
    CHECK(TagRepository::paletteColor(3) == QColor(Qt::blue));

    CHECK(Library::defaultPath() == Preferences::defaultLibraryLocation());
    Preferences::setLibraryLocation(QStringLiteral("/tmp/elsewhere/my.sqlite"));
    CHECK(Library::defaultPath() == QStringLiteral("/tmp/elsewhere/my.sqlite"));
    qputenv("BITEXT_LIBRARY", "/tmp/env.sqlite");
    CHECK(Library::defaultPath() == QStringLiteral("/tmp/env.sqlite"));
    qunsetenv("BITEXT_LIBRARY");
}
