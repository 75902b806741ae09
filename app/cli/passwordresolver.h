#pragma once

#include "models/store/connectionidentity.h"
#include "models/store/passwordstore.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QTextStream;

namespace bitext::cli {

// The command line's way to a server password: the system keychain, then .pgpass (as
// libpq reads it), then a prompt at the terminal; never an argument or a URL. Messages
// (a .pgpass with loose permissions, no keychain reachable) go to err, never the password.
class PasswordResolver
{
    Q_DECLARE_TR_FUNCTIONS(PasswordResolver)

public:
    PasswordResolver(ConnectionIdentity identity, QTextStream &err);

    // The keychain's password, else .pgpass's; nothing is asked. Empty when neither has
    // one (a server that trusts the user needs none: connect without, ask() if refused).
    std::optional<QString> stored();
    // Asks at the terminal, after saying why: reason (e.g. the server refused the
    // password), and, when stored() found the keychain unreachable or locked, that.
    // Throws Error with what to do instead when standard input is not a terminal.
    QString ask(const QString &reason = QString());
    // stored(), else ask().
    QString resolve();

    // Runs one PasswordStore call and waits for its answer. The keychain answers only
    // through its job's finished signal, so something must spin the event loop. The
    // core library never does (a window must not re-enter its own event loop); the
    // command line runs one command from start to end before QCoreApplication::exec()
    // would ever start, with no window, timer or socket of its own that could re-enter,
    // so a local QEventLoop here, at the top of the command, is the event loop of the
    // process for that moment, not a nested one.
    static PasswordStore::Result wait(const std::function<void(PasswordStore &, PasswordStore::Callback)> &call);

private:
    ConnectionIdentity m_identity;
    QTextStream &m_err;
    // Why the keychain could not help (unreachable, locked), once stored() ran.
    QString m_keychainProblem;
};

} // namespace bitext::cli
