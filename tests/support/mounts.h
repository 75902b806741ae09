#pragma once

#include <QString>

namespace bitext::test {

// True when this process runs in the mount namespace tests/support/privatemounts.sh
// made for it with `unshare -m` (the *_mounts ctest runs): only then may a test mount
// anything, and its mounts vanish with it.
bool privateMountNamespace();

// PRAGMA integrity_check of a library file ("ok" when whole), read immutable: on a full
// disk even a reader cannot make the -shm file (no other process may have it open).
QString integrityCheck(const QString &path);
// SHA-256 of a file, to show that it was not changed.
QByteArray fileHash(const QString &path);

// A folder made read-only for real while this lives: as root a read-only bind mount
// of it onto itself (a read-only disk; chmod does not stop root), else chmod 0555 on
// it and 0444 on its files (no write permission). ok() is false (and the test warned)
// when neither can be done (root outside a private mount namespace): the [mounts]
// cases then pass empty.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString &dir);
    ~ReadOnlyFolder();
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;

    bool ok() const { return m_ok; }
    bool mounted() const { return m_mounted; }

private:
    QString m_dir;
    bool m_ok = false;
    bool m_mounted = false;
};

// A small disk (tmpfs of `kilobytes`) mounted on an empty folder while this lives;
// needs root in a private mount namespace (else ok() is false and the test warned). fill() writes a file until no byte
// more fits; makeRoom() deletes it.
class SmallDisk
{
public:
    SmallDisk(const QString &dir, int kilobytes);
    ~SmallDisk();
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool ok() const { return m_ok; }
    void fill();
    void makeRoom();

private:
    QString m_dir;
    bool m_ok = false;
};

} // namespace bitext::test
