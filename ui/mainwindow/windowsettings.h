#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bitext::ui {

// What the window remembers between sessions (QSettings): geometry and dock layout,
// reader arrangement and zoom, recent libraries, and per library the last document and
// the segment the reader was at.
class WindowSettings
{
public:
    static constexpr int kMaxRecent = 8;

    static QStringList recentLibraries();
    static void addRecentLibrary(const QString &path);
    static void clearRecentLibraries();

    static QByteArray geometry();
    static QByteArray windowState();
    static QByteArray readerState();
    static void saveWindow(const QByteArray &geometry, const QByteArray &state, const QByteArray &readerState);

    static int arrangement(int fallback);
    static void setArrangement(int arrangement);
    static int zoom();
    static void setZoom(int step);
    static int librarySort();
    static void setLibrarySort(int key);

    struct Position
    {
        qint64 documentId = 0;
        qint64 segmentId = 0;
    };
    static Position lastPosition(const QString &libraryPath);
    static void setLastPosition(const QString &libraryPath, const Position &position);

private:
    static QString libraryKey(const QString &libraryPath);
};

} // namespace bitext::ui
