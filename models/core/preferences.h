#pragma once

#include "models/domain/segment.h"

#include <QColor>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QVariant>

#include <optional>

namespace bitext {

// Every user preference in one place: its QSettings key, its default and the values it
// accepts. The window and the command line read them here (the CLI sees the same author
// name); changed(key) lets the window apply a change at once. Getters validate what the
// settings file holds, so a hand-edited or outdated value falls back to the default.
class Preferences : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        Language,
        Appearance,
        SimplifiedFont,
        TraditionalFont,
        LatinFont,
        FontSize,
        HighlightPalette,
        Author,
        SyntaxTheme,
        LibraryLocation,
        ReaderLayout,
        BackupsKept,
        StopWordsZh,
        StopWordsEn,
    };
    Q_ENUM(Key)
    enum class Appearance { System, Light, Dark };
    enum class Script { Simplified, Traditional, Latin };

    // Reading text size in points; 0 follows the interface font (a little larger).
    static constexpr int kMinFontSize = 6;
    static constexpr int kMaxFontSize = 48;
    // The reader's arrangements (ui/reader ReaderArrangement: ZhEn, EnZh, ZhOnly, EnOnly, Interlinear).
    static constexpr int kLayoutCount = 5;
    static constexpr int kMaxPaletteColors = 16;
    // How many automatic and manual backups of a local library are kept (LibraryBackups).
    static constexpr int kDefaultBackupsKept = 10;
    static constexpr int kMaxBackupsKept = 100;

    // The object that emits changed(); getters and setters are static.
    static Preferences &instance();
    static QList<Key> keys();
    static QString settingsKey(Key key);

    // What is stored for each key (nothing: an invalid QVariant): what Cancel puts back.
    using Snapshot = QMap<Key, QVariant>;
    static Snapshot snapshot();
    static void restore(const Snapshot &snapshot);
    // Forgets every preference: each key is back at its default.
    static void restoreDefaults();

    // "en", "zh_CN", "zh_TW"; "" follows the system.
    static QString language();
    static void setLanguage(const QString &language);
    static QStringList languages();

    static Appearance appearance();
    static void setAppearance(Appearance appearance);

    // A font family for reading text in that script; "" is Bitext's own choice (Noto Sans
    // CJK SC/TC, the interface font for Latin text).
    static QString fontFamily(Script script);
    static void setFontFamily(Script script, const QString &family);
    static int fontSize();
    static void setFontSize(int points);

    // The colours offered for new highlights (and new tags), in menu order.
    static QList<QColor> highlightPalette();
    static void setHighlightPalette(const QList<QColor> &colors);
    static QList<QColor> defaultHighlightPalette();

    // The name stored in Preferences ("" when none was given).
    static QString author();
    static void setAuthor(const QString &name);
    // The author of new annotations: BITEXT_AUTHOR, else author(), else the login name
    // ($USER, $USERNAME, $LOGNAME, the home folder).
    static QString authorName();

    // A KSyntaxHighlighting theme name for the note editor; "" picks light or dark by the palette.
    static QString syntaxTheme();
    static void setSyntaxTheme(const QString &theme);

    // The library opened at start when there is no recent one; its folder is where
    // New/Open Library start.
    static QString libraryLocation();
    static void setLibraryLocation(const QString &path);
    static QString defaultLibraryLocation();

    // The reader arrangement for newly opened documents (also the last one chosen in View › Layout).
    static int readerLayout();
    static void setReaderLayout(int layout);

    // How many backups of a local library are kept, 1 to kMaxBackupsKept.
    static int backupsKept();
    static void setBackupsKept(int count);

    // The user's stop words of one language for word frequencies (StopWords), none when
    // the built-in list applies; setting none (or the built-in list) goes back to it.
    static std::optional<QStringList> stopWords(Side side);
    static void setStopWords(Side side, const std::optional<QStringList> &words);

signals:
    void changed(bitext::Preferences::Key key);

private:
    Preferences() = default;
    static QVariant stored(Key key);
    // Stores value (an invalid one removes the key) and announces a real change.
    static void write(Key key, const QVariant &value);
};

} // namespace bitext
