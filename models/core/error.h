#pragma once

#include <QString>

#include <exception>

namespace bitext {

// The one exception type of the core library. Thrown for failures the caller cannot
// prevent (a full disk, a corrupt library, a parse error with its location); a
// Transaction in scope rolls back as it unwinds, so nothing is ever half-written.
class Error : public std::exception
{
public:
    explicit Error(QString message)
        : m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    {
    }

    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

// A server refused the credentials (no password was given, or a wrong one): unlike other
// errors the caller can do something about it, get a password (keychain, .pgpass, a
// prompt) and connect again. The message never contains a password.
class AuthenticationError : public Error
{
public:
    using Error::Error;
};

// The library cannot be changed (it is on a read-only medium, or its file or folder may
// not be written): the write was refused before anything began; reading still works.
class ReadOnlyError : public Error
{
public:
    using Error::Error;
};

// The disk holding the library is full: the write was rolled back, and everything
// committed before it is kept. The same edit works again once space is freed.
class DiskFullError : public Error
{
public:
    using Error::Error;
};

// A local library file that cannot be trusted (not an SQLite file, truncated, damaged
// pages, a -wal file that is not its own), found before anything was written to it:
// the caller can offer to restore a backup (LibraryBackups) of path().
class DamagedLibraryError : public Error
{
public:
    DamagedLibraryError(QString message, QString path)
        : Error(std::move(message))
        , m_path(std::move(path))
    {
    }
    const QString &path() const { return m_path; }

private:
    QString m_path;
};

} // namespace bitext
