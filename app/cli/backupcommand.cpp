#include "app/cli/backupcommand.h"

#include "models/core/error.h"
#include "models/core/preferences.h"
#include "models/store/connectionsettings.h"
#include "models/store/librarybackups.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace bitext::cli {

namespace {

// The keys documented in the README ("backup --json").
QJsonObject toJson(const LibraryBackups::Backup &backup)
{
    return QJsonObject {{QStringLiteral("file"), QFileInfo(backup.path).fileName()},
        {QStringLiteral("path"), backup.path}, {QStringLiteral("created"), backup.created.toString(Qt::ISODate)},
        {QStringLiteral("size"), backup.size}, {QStringLiteral("reason"), LibraryBackups::reasonName(backup.reason)},
        {QStringLiteral("schema_version"), backup.schemaVersion}};
}

QString describe(const LibraryBackups::Backup &backup)
{
    return backup.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral("  ")
        + QLocale::c().formattedDataSize(backup.size).rightJustified(9) + QStringLiteral("  ")
        + LibraryBackups::reasonName(backup.reason).leftJustified(14) + QStringLiteral("  ")
        + QFileInfo(backup.path).fileName();
}

} // namespace

QString BackupCommand::summary() const
{
    return tr("List, create or restore the backups of a library file");
}

int BackupCommand::run(CommandContext &context)
{
    const QStringList arguments = context.parser().positionalArguments();
    const QString action = arguments.value(0);
    const bool restore = action == QLatin1String("restore");
    if (arguments.isEmpty() || arguments.size() > (restore ? 2 : 1)
        || (!restore && action != QLatin1String("list") && action != QLatin1String("create")))
        throw UsageProblem(tr("expects list, create, or restore with an optional backup file name."));
    if (ConnectionSettings::isUrl(context.libraryPath()))
        throw Error(tr("A server library has no backups here; back it up with the server's own tools (pg_dump)."));

    LibraryBackups backups(context.libraryPath());
    if (action == QLatin1String("list")) {
        const QList<LibraryBackups::Backup> list = backups.list();
        if (context.json()) {
            QJsonArray array;
            for (const auto &backup : list)
                array.append(toJson(backup));
            context.printJson(array);
        } else if (list.isEmpty()) {
            context.out() << tr("%1 has no backups (in %2).").arg(backups.libraryPath(), backups.folder()) << '\n';
        } else {
            for (const auto &backup : list)
                context.out() << describe(backup) << '\n';
        }
        return Success;
    }
    if (action == QLatin1String("create")) {
        const LibraryBackups::Backup backup = backups.create(LibraryBackups::Reason::Manual);
        backups.prune(Preferences::backupsKept());
        if (context.json())
            context.printJson(toJson(backup));
        else
            context.out() << tr("Backed up %1 to %2.").arg(backups.libraryPath(), backup.path) << '\n';
        return Success;
    }

    std::optional<LibraryBackups::Backup> backup
        = arguments.size() == 2 ? backups.find(arguments.at(1)) : backups.latestGood();
    if (!backup) {
        throw Error(arguments.size() == 2
                ? tr("%1 is not a backup of %2; `bitext backup list` shows them.")
                      .arg(arguments.at(1), backups.libraryPath())
                : tr("%1 has no backup that passes the integrity check.").arg(backups.libraryPath()));
    }
    const QString previous = backups.restore(*backup);
    if (context.json()) {
        context.printJson(QJsonObject {{QStringLiteral("restored"), toJson(*backup)},
            {QStringLiteral("library"), backups.libraryPath()}, {QStringLiteral("previous"), previous}});
        return Success;
    }
    context.out() << tr("Restored %1 from the backup of %2.")
                         .arg(backups.libraryPath(),
                             QLocale().toString(backup->created.toLocalTime(), QLocale::ShortFormat))
                  << '\n';
    if (!previous.isEmpty())
        context.out() << tr("The library as it was is kept at %1.").arg(previous) << '\n';
    return Success;
}

} // namespace bitext::cli
