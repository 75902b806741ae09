#pragma once

#include <QByteArray>
#include <QString>

namespace bitext {

// What a library file and its -wal look like on disk, without reading them: for each,
// the device, inode, size, and the times of its last change of data (mtime) and of any
// change at all (ctime), in nanoseconds. A -wal that is missing or empty counts as absent
// (SQLite deletes it at the last close, and makes an empty one at every open).
//
// LibraryCheck uses it to skip SQLite's full-file check when the file is exactly as it was
// when last known good: recorded in NAME.backups/.checked after a check passed, after each
// of Bitext's own writes to a file that was known good before it, and after a clean close.
// Any write through the file system changes the ctime, which no program can set back (a
// tool that restores the mtime after flipping bytes still changes the ctime), so any such
// change makes the next open check again. Not seen: damage that bypasses the file system
// (a failing disk, a raw device write), as with any check that is not run.
class LibraryFingerprint
{
public:
    // The current fingerprint; empty when the file cannot be examined.
    static QByteArray of(const QString &libraryPath);
    // The one recorded last; empty when none is.
    static QByteArray recorded(const QString &libraryPath);
    // Best effort: a folder that cannot be written only means checking every time.
    static void record(const QString &libraryPath, const QByteArray &fingerprint);
    // Whether the file is as recorded (never when either is unknown).
    static bool unchanged(const QString &libraryPath);

private:
    static QString recordPath(const QString &libraryPath);
};

} // namespace bitext
