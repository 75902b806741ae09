#pragma once

#include <QString>

namespace bitext {

// How a library file can be opened: read-write, or read-only because its disk is
// read-only or its file or folder may not be written, and then why (for the banner
// and the refusals). SQLite needs to write the -wal and -shm files beside a WAL
// library even to read it; where they cannot be made, the file is opened immutable.
struct SqliteAccess
{
    enum class Mode { ReadWrite, ReadOnly, Immutable };

    Mode mode = Mode::ReadWrite;
    // Translated, e.g. "it is on a read-only disk"; empty when read-write.
    QString reason;
    // Read-only because its disk is full: writes are refused as on a full disk.
    bool diskFull = false;

    // Decides for an existing file (a new one is made read-write).
    static SqliteAccess of(const QString &path);
    // For a library that could not even be read because its disk is full (SQLite could
    // not make the -shm file a WAL library is read through): immutable, which needs none.
    // Safe there: no other process has it open (it would have made the -shm), and none
    // can start writing while the disk stays full.
    static SqliteAccess fullDisk();
    // Whether the disk holding the file has (next to) no room left.
    static bool noRoomFor(const QString &path);
    bool readOnly() const { return mode != Mode::ReadWrite; }
    // The QSQLITE database name and connect options that open the file so.
    QString databaseName(const QString &path) const;
    QString connectOptions(int busyTimeoutMs) const;
};

} // namespace bitext
