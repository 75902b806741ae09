#pragma once

#include "models/store/connectionidentity.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace bitext {

// The password file libpq reads (PGPASSFILE, else ~/.pgpass), read by libpq's rules so
// that the command line finds the same password psql would: lines of
// hostname:port:database:username:password, a field of just * matching anything, \: and
// \\ escaping, # starting a comment, the first matching line winning, an empty host or
// the default socket folder matching "localhost", and a file that others may read or
// write ignored with a warning.
class PgPassFile
{
    Q_DECLARE_TR_FUNCTIONS(PgPassFile)

public:
    struct Lookup
    {
        std::optional<QString> password;
        // Why the file was not used (wrong permissions, not a plain file), for the user.
        QStringList warnings;
    };

    // PGPASSFILE when set and not empty, else .pgpass in the home folder
    // (%APPDATA%/postgresql/pgpass.conf on Windows).
    static QString path();
    static Lookup find(const ConnectionIdentity &identity, const QString &file = path());
    // The password of the first line of text matching identity (no file checks).
    static std::optional<QString> match(const QByteArray &text, const ConnectionIdentity &identity);
};

} // namespace bitext
