#include "models/store/pgpassfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace bitext {

namespace {

// libpq's pwdfMatchesString: does the field at the start of line match token? Returns
// where the next field starts, or -1. A field of just * matches anything; a backslash
// makes the next character literal.
int matchField(const QByteArray &line, int from, const QByteArray &token)
{
    if (line.mid(from, 2) == "*:")
        return from + 2;
    int t = 0;
    for (int i = from; i < line.size(); ++i) {
        bool escaped = false;
        if (line.at(i) == '\\') {
            ++i;
            escaped = true;
            if (i == line.size())
                return -1;
        }
        if (line.at(i) == ':' && t == token.size() && !escaped)
            return i + 1;
        // An unescaped colon still matches a colon of the token (an IPv6 address), as in libpq.
        if (t == token.size() || line.at(i) != token.at(t))
            return -1;
        ++t;
    }
    return -1; // no password field
}

// The password field: up to the first unescaped colon, escapes removed.
QByteArray passwordField(const QByteArray &line, int from)
{
    QByteArray password;
    for (int i = from; i < line.size() && line.at(i) != ':'; ++i) {
        if (line.at(i) == '\\' && i + 1 < line.size())
            ++i;
        password += line.at(i);
    }
    return password;
}

// The socket folder libpq was built with (Debian's, then upstream's): a connection
// through it is "localhost" in .pgpass.
bool isDefaultSocketFolder(const QString &host)
{
    return host == QLatin1String("/var/run/postgresql") || host == QLatin1String("/run/postgresql")
        || host == QLatin1String("/tmp");
}

} // namespace

QString PgPassFile::path()
{
    const QString configured = qEnvironmentVariable("PGPASSFILE");
    if (!configured.isEmpty())
        return configured;
#ifdef Q_OS_WIN
    return qEnvironmentVariable("APPDATA") + QStringLiteral("/postgresql/pgpass.conf");
#else
    return QDir::homePath() + QStringLiteral("/.pgpass");
#endif
}

std::optional<QString> PgPassFile::match(const QByteArray &text, const ConnectionIdentity &identity)
{
    const QString host
        = identity.host.isEmpty() || isDefaultSocketFolder(identity.host) ? QStringLiteral("localhost") : identity.host;
    const QByteArray fields[]
        = {host.toUtf8(), QByteArray::number(identity.port), identity.database.toUtf8(), identity.user.toUtf8()};
    const QList<QByteArray> lines = text.split('\n');
    for (QByteArray line : lines) {
        if (line.startsWith('#'))
            continue;
        while (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        int at = 0;
        for (const QByteArray &field : fields) {
            at = matchField(line, at, field);
            if (at < 0)
                break;
        }
        if (at >= 0)
            return QString::fromUtf8(passwordField(line, at));
    }
    return std::nullopt;
}

PgPassFile::Lookup PgPassFile::find(const ConnectionIdentity &identity, const QString &file)
{
    Lookup lookup;
    const QFileInfo info(file);
    if (!info.exists())
        return lookup;
    if (!info.isFile()) {
        lookup.warnings << tr("The password file %1 is not a plain file; it was not read.").arg(file);
        return lookup;
    }
#ifdef Q_OS_UNIX
    // As libpq: a file that the group or others may read, write or run is not trusted.
    struct stat status = {};
    if (::stat(QFile::encodeName(file).constData(), &status) == 0 && (status.st_mode & (S_IRWXG | S_IRWXO))) {
        lookup.warnings << tr("The password file %1 has group or world access, so it was not read; its permissions "
                              "should be u=rw (0600) or less (chmod 0600 %1).")
                               .arg(file);
        return lookup;
    }
#endif
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        lookup.warnings << tr("The password file %1 cannot be read: %2").arg(file, input.errorString());
        return lookup;
    }
    lookup.password = match(input.readAll(), identity);
    return lookup;
}

} // namespace bitext
