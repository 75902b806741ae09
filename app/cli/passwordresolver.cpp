#include "app/cli/passwordresolver.h"

#include "app/cli/terminalprompt.h"
#include "models/store/passwordlookup.h"
#include "models/store/pgpassfile.h"

#include <QEventLoop>
#include <QTextStream>

namespace bitext::cli {

PasswordResolver::PasswordResolver(ConnectionIdentity identity, QTextStream &err)
    : m_identity(std::move(identity))
    , m_err(err)
{
}

PasswordStore::Result PasswordResolver::wait(const std::function<void(PasswordStore &, PasswordStore::Callback)> &call)
{
    PasswordStore store;
    QEventLoop loop;
    std::optional<PasswordStore::Result> answer;
    call(store, [&](const PasswordStore::Result &result) {
        answer = result;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return *answer;
}

std::optional<QString> PasswordResolver::stored()
{
    PasswordLookup::Result found;
    wait([this, &found](PasswordStore &store, PasswordStore::Callback done) {
        PasswordLookup::find(store, m_identity, [&found, done](const PasswordLookup::Result &result) {
            found = result;
            done({});
        });
    });
    for (const QString &warning : std::as_const(found.warnings))
        m_err << "bitext: " << warning << '\n';
    // Not merely missing: remember why the keychain could not help, so that a prompt can
    // say why the user is asked (and asked again next time).
    if (found.keychainStatus != PasswordStore::Status::NotFound && found.keychainStatus != PasswordStore::Status::Ok)
        m_keychainProblem = found.keychainMessage;
    if (found.source == PasswordLookup::Source::None)
        return std::nullopt;
    return found.password;
}

QString PasswordResolver::ask(const QString &reason)
{
    for (const QString &line : {reason, m_keychainProblem}) {
        if (!line.isEmpty())
            m_err << "bitext: " << line << '\n';
    }
    const QString key = m_identity.key();
    return TerminalPrompt::readPassword(tr("Password for %1: ").arg(key), m_err,
        tr("Store the password with `bitext password set %1` (in a terminal), or add a line for it to %2 "
           "(permissions 0600).")
            .arg(key, PgPassFile::path()));
}

QString PasswordResolver::resolve()
{
    if (const std::optional<QString> password = stored())
        return *password;
    return ask();
}

} // namespace bitext::cli
