#pragma once

#include "models/store/connectionidentity.h"

#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace bitext {

// Server passwords in the system keychain (Secret Service or KWallet on Linux, Keychain
// on macOS, Credential Manager on Windows) through QtKeychain, under the service
// "bitext" and the connection's key (postgresql://user@host:port/db). Every call returns
// at once; the answer arrives later through the callback, from the event loop, when the
// keychain's job finishes: nothing here waits, so a window never freezes on a keychain
// that asks the user to unlock it. There is no plaintext fallback: without a keychain
// the answer says so, and the caller asks for the password each time.
class PasswordStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound, // the keychain works but holds no password for this connection
        NoKeychain, // no keychain reachable (no secret service, no D-Bus, not supported)
        Denied, // the keychain is locked or the user refused access
        Failed, // the keychain answered with another error
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QString password; // read(): the password when status is Ok
        // For the user: what went wrong and what it means, translated. Never the password.
        QString message;
    };
    using Callback = std::function<void(const Result &)>;

    static QString serviceName() { return QStringLiteral("bitext"); }

    explicit PasswordStore(QObject *parent = nullptr);

    // Each calls done exactly once, later, unless the store is destroyed first (then no
    // callback comes).
    void read(const ConnectionIdentity &identity, Callback done);
    // Stores password, replacing any earlier one.
    void write(const ConnectionIdentity &identity, const QString &password, Callback done);
    // Removes the password; Ok also when there was none.
    void forget(const ConnectionIdentity &identity, Callback done);

    // The sentence shown when no keychain is reachable, with the keychain's reason.
    static QString noKeychainMessage(const QString &reason);

private:
    void start(QKeychain::Job *job, const ConnectionIdentity &identity, Callback done);
};

} // namespace bitext
