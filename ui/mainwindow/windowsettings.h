#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bitext::ui {

// What the window remembers between sessions (QSettings): geometry and dock layout,
// reader arrangement and zoom, recent libraries, per library the last document, and per
// document where the reader was.
class WindowSettings
{
public:
    static constexpr int kMaxRecent = 8;

    static QStringList recentLibraries();
    static void addRecentLibrary(const QString &path);
    static void clearRecentLibraries();
    // The library the window opens at start: BITEXT_LIBRARY, else the most recent one,
    // else the location in Preferences.
    static QString startLibrary();

    static QByteArray geometry();
    static QByteArray windowState();
    static QByteArray readerState();
    static void saveWindow(const QByteArray &geometry, const QByteArray &state, const QByteArray &readerState);

    // The reading layout: Preferences' default for newly opened documents.
    static int arrangement();
    static void setArrangement(int arrangement);
    static int zoom();
    static void setZoom(int step);
    static int librarySort();
    static void setLibrarySort(int key);

    static qint64 lastDocument(const QString &libraryPath);
    static void setLastDocument(const QString &libraryPath, qint64 documentId);

    // The segment at the top of the reader, how far it was scrolled into, and the
    // current segment.
    struct ReadingPosition
    {
        qint64 topSegmentId = 0;
        int topOffset = 0;
        qint64 currentSegmentId = 0;
    };
    static ReadingPosition readingPosition(const QString &libraryPath, qint64 documentId);
    static void setReadingPosition(const QString &libraryPath, qint64 documentId, const ReadingPosition &position);

    // Where the document's media was last heard, in ms (0 when never).
    static qint64 mediaPosition(const QString &libraryPath, qint64 documentId);
    static void setMediaPosition(const QString &libraryPath, qint64 documentId, qint64 ms);

private:
    static QString libraryKey(const QString &libraryPath);
    static QString documentKey(const QString &libraryPath, qint64 documentId);
};

} // namespace bitext::ui
