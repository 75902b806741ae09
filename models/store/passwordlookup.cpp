#include "models/store/passwordlookup.h"

#include "models/store/pgpassfile.h"

namespace bitext {

void PasswordLookup::find(PasswordStore &store, const ConnectionIdentity &identity, Callback done)
{
    store.read(identity, [identity, done = std::move(done)](const PasswordStore::Result &keychain) {
        Result result;
        result.keychainStatus = keychain.status;
        result.keychainMessage = keychain.message;
        if (keychain.status == PasswordStore::Status::Ok) {
            result.source = Source::Keychain;
            result.password = keychain.password;
            done(result);
            return;
        }
        const PgPassFile::Lookup file = PgPassFile::find(identity);
        result.warnings = file.warnings;
        if (file.password) {
            result.source = Source::PasswordFile;
            result.password = *file.password;
        }
        done(result);
    });
}

} // namespace bitext
