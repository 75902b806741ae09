#include "models/store/passwordstore.h"

#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#include <qt6keychain/keychain.h>
#else
#include <qt5keychain/keychain.h>
#endif

namespace bitext {

namespace {

PasswordStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return PasswordStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return PasswordStore::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return PasswordStore::Status::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    // On Linux a missing secret service or D-Bus comes back as OtherError with
    // libsecret's or D-Bus's message: for the user it is the same as no keychain.
    case QKeychain::OtherError:
        return PasswordStore::Status::NoKeychain;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return PasswordStore::Status::Failed;
}

QString messageFor(PasswordStore::Status status, const QString &key, const QString &reason)
{
    switch (status) {
    case PasswordStore::Status::Ok:
        return {};
    case PasswordStore::Status::NotFound:
        return PasswordStore::tr("The system keychain holds no password for %1.").arg(key);
    case PasswordStore::Status::NoKeychain:
        return PasswordStore::noKeychainMessage(reason);
    case PasswordStore::Status::Denied:
        return PasswordStore::tr("The system keychain refused access to the password for %1 (%2). Unlock the "
                                 "keychain and allow Bitext to use it.")
            .arg(key, reason);
    case PasswordStore::Status::Failed:
        break;
    }
    return PasswordStore::tr("The system keychain failed for %1: %2").arg(key, reason);
}

} // namespace

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
{
}

QString PasswordStore::noKeychainMessage(const QString &reason)
{
    return tr("No system keychain is reachable (%1), so Bitext cannot remember the password and asks for it each "
              "time. It never keeps a password anywhere else.")
        .arg(reason);
}

void PasswordStore::read(const ConnectionIdentity &identity, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    start(job, identity, [job, done = std::move(done)](const Result &result) {
        Result answer = result;
        if (answer.status == Status::Ok)
            answer.password = job->textData();
        done(answer);
    });
}

void PasswordStore::write(const ConnectionIdentity &identity, const QString &password, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setTextData(password);
    start(job, identity, std::move(done));
}

void PasswordStore::forget(const ConnectionIdentity &identity, Callback done)
{
    start(new QKeychain::DeletePasswordJob(serviceName()), identity, [done = std::move(done)](const Result &result) {
        if (result.status == Status::NotFound)
            done({Status::Ok, {}, {}});
        else
            done(result);
    });
}

void PasswordStore::start(QKeychain::Job *job, const ConnectionIdentity &identity, Callback done)
{
    // Jobs have no parent: a callback may destroy this store, and the job must outlive
    // its own finished signal. The connection's context ends the call-back instead.
    // Never QtKeychain's plaintext file on platforms without a keychain.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    const QString key = identity.key();
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job *finished) {
        const Status status = statusOf(finished->error());
        done({status, {}, messageFor(status, key, finished->errorString())});
    });
    job->start();
}

} // namespace bitext
