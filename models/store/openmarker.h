#pragma once

#include <QString>
#include <QStringList>

namespace bitext {

// A small file in the library's backups folder saying that this connection has the
// library open; a clean close removes it. One per open Library (two processes, or two
// windows, may have the same file open), named after the process. One left behind by
// a process that is gone means that the library was not closed cleanly.
class OpenMarker
{
public:
    // Creates the marker; best effort (a read-only folder gets none).
    explicit OpenMarker(const QString &libraryPath);
    ~OpenMarker();

    OpenMarker(const OpenMarker &) = delete;
    OpenMarker &operator=(const OpenMarker &) = delete;

    // Markers of processes that are gone (on this machine, since its last start).
    static QStringList stale(const QString &libraryPath);
    // Markers of processes still running, this one's included.
    static QStringList live(const QString &libraryPath);
    static void remove(const QStringList &markers);

private:
    static QStringList markers(const QString &libraryPath);
    static bool isStale(const QString &marker);

    QString m_path;
};

} // namespace bitext
