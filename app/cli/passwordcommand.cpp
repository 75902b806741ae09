#include "app/cli/passwordcommand.h"

#include "app/cli/passwordresolver.h"
#include "app/cli/terminalprompt.h"
#include "models/core/error.h"
#include "models/store/connectionidentity.h"

#include <QJsonObject>

namespace bitext::cli {

QString PasswordCommand::summary() const
{
    return tr("Store a server library's password in the system keychain, or forget it");
}

void PasswordCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("password-stdin"),
        tr("set: read the password from the first line of standard input instead of a prompt.")));
}

int PasswordCommand::run(CommandContext &context)
{
    const QStringList arguments = context.parser().positionalArguments();
    const QString action = arguments.value(0);
    if (arguments.size() != 2 || (action != QLatin1String("set") && action != QLatin1String("forget")))
        throw UsageProblem(tr("expects set or forget and a postgresql:// URL."));
    const bool fromStdin = context.parser().isSet(QStringLiteral("password-stdin"));
    if (fromStdin && action != QLatin1String("set"))
        throw UsageProblem(tr("--password-stdin goes with set only."));
    const ConnectionIdentity identity = ConnectionIdentity::fromUrl(arguments.at(1));
    const QString key = identity.key();

    PasswordStore::Result result;
    if (action == QLatin1String("set")) {
        const QString password = fromStdin
            ? TerminalPrompt::readLine()
            : TerminalPrompt::readPassword(tr("Password for %1: ").arg(key), context.err(),
                tr("Run the command in a terminal, or pipe the password in "
                   "with --password-stdin."));
        if (password.isEmpty())
            throw Error(tr("An empty password is not stored."));
        result = PasswordResolver::wait([&](PasswordStore &store, PasswordStore::Callback done) {
            store.write(identity, password, std::move(done));
        });
    } else {
        result = PasswordResolver::wait(
            [&](PasswordStore &store, PasswordStore::Callback done) { store.forget(identity, std::move(done)); });
    }
    if (result.status != PasswordStore::Status::Ok)
        throw Error(result.message);

    const bool set = action == QLatin1String("set");
    if (context.json()) {
        context.printJson(QJsonObject {{QStringLiteral("url"), key}, {QStringLiteral("action"), action}});
        return Success;
    }
    context.out() << (set ? tr("Stored the password for %1 in the system keychain.").arg(key)
                          : tr("The system keychain holds no password for %1 any more.").arg(key))
                  << '\n';
    return Success;
}

} // namespace bitext::cli
