#include "app/cli/passwordresolver.h"

#include "app/cli/terminalprompt.h"
#include "models/core/error.h"
#include "models/store/passwordlookup.h"
#include "models/store/pgpassfile.h"

#include <QEventLoop>
#include <QTextStream>

#include <optional>

namespace bitext::cli {

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

QString PasswordResolver::resolve(const ConnectionIdentity &identity, QTextStream &err)
{
    PasswordLookup::Result found;
    wait([&found, &identity](PasswordStore &store, PasswordStore::Callback done) {
        PasswordLookup::find(store, identity, [&found, done](const PasswordLookup::Result &result) {
            found = result;
            done({});
        });
    });
    for (const QString &warning : std::as_const(found.warnings))
        err << "bitext: " << warning << '\n';
    if (found.source != PasswordLookup::Source::None)
        return found.password;
    // Not merely missing: say why the keychain could not help, so the user knows why
    // they are asked (and asked again next time).
    if (found.keychainStatus != PasswordStore::Status::NotFound)
        err << "bitext: " << found.keychainMessage << '\n';
    const QString key = identity.key();
    return TerminalPrompt::readPassword(tr("Password for %1: ").arg(key), err,
        tr("Store the password with `bitext password set %1` (in a terminal), or add a line for it to %2 "
           "(permissions 0600).")
            .arg(key, PgPassFile::path()));
}

} // namespace bitext::cli
