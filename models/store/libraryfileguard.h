#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace bitext {

class OpenMarker;

// What an open library file keeps up around its connection's writes, for the checks of
// the next open (LibraryCheck::beforeOpen):
// - an OpenMarker until the library is closed, so that a process that dies while it may
//   have been writing gets the full check next time: from the open, or from the first
//   write for a command that only reads (`bitext search`, `list`, `show`, `export`),
//   which then writes nothing into the library's folder (dying in a read cannot damage
//   the file);
// - the fingerprint of the file (LibraryFingerprint) after each write and after the
//   close, when the file was as last known good before it: Bitext's own writes do not
//   make the next open check the whole file again, while a change made by anything else
//   in between is never taken for one of them.
// Writes outside a transaction (none of the repositories' writes) bypass it: they only
// make the next open run the quick check.
class LibraryFileGuard
{
public:
    // markAtOnce: the open marker now rather than at the first write (Library::Marker).
    LibraryFileGuard(QString libraryPath, bool markAtOnce);
    ~LibraryFileGuard();

    void beforeWrite();
    void afterWrite();
    // Around closing the connection (SQLite checkpoints and deletes the -wal at the last close).
    void beforeClose();
    void afterClose();

private:
    QString m_path;
    std::unique_ptr<OpenMarker> m_marker;
    QByteArray m_knownGood; // the fingerprint before the write or close, when it was the recorded one
};

} // namespace bitext
