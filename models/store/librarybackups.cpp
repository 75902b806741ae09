#include "models/store/librarybackups.h"

#include "models/core/error.h"
#include "models/store/librarycheck.h"
#include "models/store/openmarker.h"
#include "models/store/sqlitebackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace bitext {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QString kSuffix = QStringLiteral(".sqlite");
const char *const kReasons[] = {"daily", "upgrade", "manual", "before-restore"};

// The companions SQLite keeps beside a database file.
const QStringList kCompanions = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

LibraryBackups::LibraryBackups(const QString &libraryPath)
    : m_libraryPath(QFileInfo(libraryPath).absoluteFilePath())
    , m_folder(folderFor(libraryPath))
    , m_baseName(QFileInfo(libraryPath).completeBaseName())
    , m_clock(nowUtc)
{
}

QString LibraryBackups::folderFor(const QString &libraryPath)
{
    const QFileInfo info(libraryPath);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".backups");
}

QString LibraryBackups::reasonName(Reason reason)
{
    return QLatin1String(kReasons[int(reason)]);
}

std::optional<LibraryBackups::Reason> LibraryBackups::reasonFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(kReasons)); ++i) {
        if (name == QLatin1String(kReasons[i]))
            return Reason(i);
    }
    return std::nullopt;
}

std::optional<LibraryBackups::Backup> LibraryBackups::parse(const QString &fileName) const
{
    static const QRegularExpression pattern(QStringLiteral("^-(\\d{8})-(\\d{6})-([a-z-]+?)(?:-(\\d+))?\\.sqlite$"));
    if (!fileName.startsWith(m_baseName))
        return std::nullopt;
    const QRegularExpressionMatch match = pattern.match(fileName.mid(m_baseName.size()));
    if (!match.hasMatch())
        return std::nullopt;
    const std::optional<Reason> reason = reasonFromName(match.captured(3));
    const QDate date = QDate::fromString(match.captured(1), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(match.captured(2), QStringLiteral("HHmmss"));
    if (!reason || !date.isValid() || !time.isValid())
        return std::nullopt;
    Backup backup;
    backup.path = m_folder + QLatin1Char('/') + fileName;
    // Taken in the same second: the later ones count as a moment later, so newest stays first.
    backup.created = QDateTime(date, time, Qt::UTC).addMSecs(qMax(1, match.captured(4).toInt()) - 1);
    backup.reason = *reason;
    backup.size = QFileInfo(backup.path).size();
    return backup;
}

LibraryBackups::Backup LibraryBackups::create(Reason reason)
{
    if (!QFileInfo(m_libraryPath).isFile())
        throw Error(tr("There is no library file %1 to back up.").arg(m_libraryPath));
    if (!QDir().mkpath(m_folder))
        throw Error(tr("Cannot create the backups folder %1.").arg(m_folder));

    const QString stamp = m_clock().toUTC().toString(kStampFormat);
    // Written under a hidden name of this process's that list() never shows (two windows
    // may back up at once), renamed only once verified.
    const QString partial = m_folder + QStringLiteral("/.") + m_baseName
        + QStringLiteral("-%1-%2.partial").arg(stamp).arg(QCoreApplication::applicationPid());
    const auto discard = [&partial] {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
    };
    discard();
    try {
        backupSqliteFile(m_libraryPath, partial);
    } catch (const Error &) {
        discard();
        throw;
    }
    int version = -1;
    const QString problem = LibraryCheck::problem(partial, LibraryCheck::Depth::Full, &version);
    if (!problem.isEmpty()) {
        discard();
        throw Error(tr("The backup of %1 failed its check: it %2.").arg(m_libraryPath, problem));
    }
    // Backups taken in the same second are numbered, so that the newest stays first; a
    // rename never replaces a file, so one taken by another process at once keeps its name.
    const QString prefix = m_baseName + QLatin1Char('-') + stamp + QLatin1Char('-');
    QString name;
    for (int n = QDir(m_folder).entryList({prefix + QLatin1Char('*')}, QDir::Files).size() + 1;; ++n) {
        name = prefix + reasonName(reason) + (n > 1 ? QStringLiteral("-%1").arg(n) : QString()) + kSuffix;
        if (QFile::rename(partial, m_folder + QLatin1Char('/') + name))
            break;
        if (n > 100) {
            discard();
            throw Error(tr("Cannot name the backup %1.").arg(m_folder + QLatin1Char('/') + name));
        }
    }
    Backup backup = *parse(name);
    backup.schemaVersion = version;
    return backup;
}

QList<LibraryBackups::Backup> LibraryBackups::list() const
{
    QList<Backup> backups;
    const QStringList names = QDir(m_folder).entryList({m_baseName + QStringLiteral("-*") + kSuffix}, QDir::Files);
    for (const QString &name : names) {
        std::optional<Backup> backup = parse(name);
        if (!backup)
            continue;
        LibraryCheck::problem(backup->path, LibraryCheck::Depth::None, &backup->schemaVersion);
        backups << *backup;
    }
    std::sort(backups.begin(), backups.end(), [](const Backup &a, const Backup &b) { return a.created > b.created; });
    return backups;
}

int LibraryBackups::prune(int keep)
{
    const QList<Backup> backups = list();
    int removed = 0;
    for (int i = qMax(1, keep); i < backups.size(); ++i)
        removed += QFile::remove(backups.at(i).path) ? 1 : 0;
    return removed;
}

std::optional<LibraryBackups::Backup> LibraryBackups::createIfDue(int keep)
{
    const QList<Backup> backups = list();
    if (!backups.isEmpty()) {
        const qint64 age = backups.first().created.secsTo(m_clock());
        if (age >= 0 && age < kDailySeconds)
            return std::nullopt;
    }
    Backup backup = create(Reason::Daily);
    prune(keep);
    return backup;
}

std::optional<LibraryBackups::Backup> LibraryBackups::latestGood() const
{
    for (const Backup &backup : list()) {
        if (LibraryCheck::problem(backup.path, LibraryCheck::Depth::Full).isEmpty())
            return backup;
    }
    return std::nullopt;
}

std::optional<LibraryBackups::Backup> LibraryBackups::find(const QString &nameOrPath) const
{
    const QFileInfo info(nameOrPath);
    for (const Backup &backup : list()) {
        if (QFileInfo(backup.path).fileName() == info.fileName())
            return backup;
    }
    return std::nullopt;
}

QString LibraryBackups::moveAside(const QString &baseName)
{
    // The file with its -wal and -shm, together: a -wal left behind would be replayed
    // into the restored file. Undone when a rename fails.
    const QString dir = QFileInfo(m_libraryPath).absolutePath() + QLatin1Char('/');
    QStringList moved;
    for (const QString &companion : kCompanions) {
        const QString from = m_libraryPath + companion;
        if (!QFileInfo::exists(from))
            continue;
        if (!QFile::rename(from, dir + baseName + companion)) {
            for (const QString &back : std::as_const(moved))
                QFile::rename(dir + baseName + back, m_libraryPath + back);
            throw Error(tr("Cannot move %1 aside.").arg(from));
        }
        moved << companion;
    }
    return dir + baseName;
}

QString LibraryBackups::restore(const Backup &backup)
{
    if (!OpenMarker::live(m_libraryPath).isEmpty())
        throw Error(tr("The library %1 is open in Bitext or a bitext command; close it before restoring a backup.")
                        .arg(m_libraryPath));
    const QString problem = LibraryCheck::problem(backup.path, LibraryCheck::Depth::Full);
    if (!problem.isEmpty())
        throw Error(tr("The backup %1 cannot be restored: it %2.").arg(backup.path, problem));

    const QFileInfo info(m_libraryPath);
    const QString restoring
        = info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".restoring");
    QFile::remove(restoring);
    if (!QFile::copy(backup.path, restoring)) {
        QFile::remove(restoring);
        throw Error(tr("Cannot copy the backup %1 next to the library %2.").arg(backup.path, m_libraryPath));
    }

    const QString stamp = m_clock().toUTC().toString(kStampFormat);
    QString kept; // where the old library went
    QString aside;
    try {
        const bool sound = info.exists() && info.size() > 0
            && LibraryCheck::problem(m_libraryPath, LibraryCheck::Depth::Quick).isEmpty();
        if (sound) {
            kept = create(Reason::BeforeRestore).path;
            aside = moveAside(QStringLiteral(".") + m_baseName + QStringLiteral(".replaced-") + stamp + kSuffix);
        } else if (info.exists()) {
            kept = aside = moveAside(m_baseName + QStringLiteral(".damaged-") + stamp + kSuffix);
        }
    } catch (const Error &) {
        QFile::remove(restoring);
        throw;
    }
    if (!QFile::rename(restoring, m_libraryPath)) {
        QFile::remove(restoring);
        for (const QString &companion : kCompanions) {
            if (!aside.isEmpty())
                QFile::rename(aside + companion, m_libraryPath + companion);
        }
        throw Error(tr("Cannot put the backup %1 in place of %2.").arg(backup.path, m_libraryPath));
    }
    if (kept != aside && !aside.isEmpty()) {
        // A sound file is in its before-restore backup now.
        for (const QString &companion : kCompanions)
            QFile::remove(aside + companion);
    }
    return kept;
}

} // namespace bitext
