#pragma once

#include "models/store/library.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextStream;

namespace bitext::cli {

// Opens a library for the command line, logging in to a server that refuses: libpq's
// own sources (PGPASSWORD, .pgpass) come first; when the server still refuses, the
// keychain's password, then one typed at the terminal (never an argument). The
// password that worked is remembered in memory only, so workers reopen the library.
class ServerLogin
{
public:
    // A file path or a postgresql:// URL. Throws Error (AuthenticationError when no
    // password was accepted; with standard input not a terminal, what to do instead).
    static std::unique_ptr<Library> open(
        const QString &location, QTextStream &err, Library::Marker marker = Library::Marker::AtOpen);
};

} // namespace bitext::cli
