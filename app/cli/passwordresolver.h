#pragma once

#include "models/store/connectionidentity.h"
#include "models/store/passwordstore.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QTextStream;

namespace bitext::cli {

// The command line's way to a server password: the system keychain, then .pgpass (as
// libpq reads it), then a prompt at the terminal; never an argument or a URL.
class PasswordResolver
{
    Q_DECLARE_TR_FUNCTIONS(PasswordResolver)

public:
    // The password for identity. Warnings (a .pgpass with loose permissions, no
    // keychain reachable, so the password is asked) go to err, never the password.
    // Throws Error when there is none and no terminal to ask at.
    static QString resolve(const ConnectionIdentity &identity, QTextStream &err);

    // Runs one PasswordStore call and waits for its answer. The keychain answers only
    // through its job's finished signal, so something must spin the event loop. The
    // core library never does (a window must not re-enter its own event loop); the
    // command line runs one command from start to end before QCoreApplication::exec()
    // would ever start, with no window, timer or socket of its own that could re-enter,
    // so a local QEventLoop here, at the top of the command, is the event loop of the
    // process for that moment, not a nested one.
    static PasswordStore::Result wait(const std::function<void(PasswordStore &, PasswordStore::Callback)> &call);
};

} // namespace bitext::cli
