#include "app/cli/serverlogin.h"

#include "app/cli/passwordresolver.h"
#include "models/core/error.h"
#include "models/store/connectionsettings.h"
#include "models/store/library.h"

namespace bitext::cli {

std::unique_ptr<Library> ServerLogin::open(const QString &location, QTextStream &err, Library::Marker marker)
{
    try {
        return Library::open(location, marker);
    } catch (const AuthenticationError &refused) {
        ConnectionSettings settings = ConnectionSettings::fromUrl(location);
        PasswordResolver resolver(settings.identity(), err);
        QString reason = refused.message();
        // libpq read .pgpass itself; the keychain only Bitext knows.
        if (const std::optional<QString> stored = resolver.stored()) {
            settings.password = *stored;
            try {
                return Library::openPostgres(settings);
            } catch (const AuthenticationError &again) {
                reason = again.message();
            }
        }
        settings.password = resolver.ask(reason);
        return Library::openPostgres(settings);
    }
}

} // namespace bitext::cli
