#pragma once

#include "models/store/passwordstore.h"

#include <QStringList>

namespace bitext {

// Where a connection's password is found without asking anyone: the system keychain,
// then the password file libpq reads (.pgpass). The command line and the window both go
// through here and only then ask the user, each in its own way.
class PasswordLookup
{
public:
    enum class Source { Keychain, PasswordFile, None };

    struct Result
    {
        Source source = Source::None;
        QString password;
        // What the keychain answered (status and message, never the password): when
        // the user must be asked, this says why (e.g. no keychain reachable).
        PasswordStore::Status keychainStatus = PasswordStore::Status::Failed;
        QString keychainMessage;
        // Why the password file was passed over (its permissions, say).
        QStringList warnings;
    };
    using Callback = std::function<void(const Result &)>;

    // Calls done once, later, from the event loop (unless store is destroyed first).
    static void find(PasswordStore &store, const ConnectionIdentity &identity, Callback done);
};

} // namespace bitext
