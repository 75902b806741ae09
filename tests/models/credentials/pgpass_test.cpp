// .pgpass read by libpq's rules (fe-connect.c passwordFromFile / pwdfMatchesString).
#include "models/store/pgpassfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

ConnectionIdentity identity(const QString &host, int port, const QString &db, const QString &user)
{
    ConnectionIdentity id;
    id.host = host;
    id.port = port;
    id.database = db;
    id.user = user;
    return id;
}

QString writeFile(const QTemporaryDir &dir, const QByteArray &text, QFile::Permissions permissions)
{
    const QString path = dir.filePath(QStringLiteral("pgpass"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    REQUIRE(file.setPermissions(permissions));
    return path;
}

const ConnectionIdentity team
    = identity(QStringLiteral("db.example.org"), 5432, QStringLiteral("lib"), QStringLiteral("bitext"));

} // namespace

TEST_CASE("pgpass: exact fields, * wildcards and the first matching line", "[pgpass]")
{
    const QByteArray text = "# a comment:*:*:*:commented\n"
                            "other.host:5432:lib:bitext:wrong-host\n"
                            "db.example.org:5433:lib:bitext:wrong-port\n"
                            "db.example.org:5432:lib:bitext:first\n"
                            "*:*:*:*:second\n";
    CHECK(PgPassFile::match(text, team) == QStringLiteral("first"));
    CHECK(PgPassFile::match(text, identity(QStringLiteral("x"), 1, QStringLiteral("y"), QStringLiteral("z")))
        == QStringLiteral("second"));
    // A wildcard line before the exact one wins: first match, not best match.
    CHECK(PgPassFile::match("*:5432:*:bitext:wild\ndb.example.org:5432:lib:bitext:exact\n", team)
        == QStringLiteral("wild"));
    // * is a wildcard only as the whole field; "db*" is literal.
    CHECK_FALSE(PgPassFile::match("db*:5432:lib:bitext:x\n", team));
    // A prefix of the field is no match, nor is a longer field.
    CHECK_FALSE(PgPassFile::match("db.example:5432:lib:bitext:x\n", team));
    CHECK_FALSE(PgPassFile::match("db.example.org:5432:library:bitext:x\n", team));
    // Too few fields: no password field, no match.
    CHECK_FALSE(PgPassFile::match("db.example.org:5432:lib:bitext\n", team));
    // CRLF lines, blank lines.
    CHECK(PgPassFile::match("\r\n\ndb.example.org:5432:lib:bitext:crlf\r\n", team) == QStringLiteral("crlf"));
    // An empty password field is a match with an empty password, as in libpq.
    CHECK(PgPassFile::match("db.example.org:5432:lib:bitext:\n", team) == QString());
}

TEST_CASE("pgpass: \\: and \\\\ escapes in fields and in the password", "[pgpass]")
{
    const ConnectionIdentity odd = identity(QStringLiteral("h"), 5432, QStringLiteral("a:b"), QStringLiteral("c\\d"));
    CHECK(PgPassFile::match("h:5432:a\\:b:c\\\\d:pa\\:ss\\\\word:ignored\n", odd) == QStringLiteral("pa:ss\\word"));
    // As in libpq, an unescaped colon still matches a colon of the value it is compared
    // with, and ends the field only once the value is used up.
    CHECK(PgPassFile::match("h:5432:a:b:c\\\\d:unescaped\n", odd) == QStringLiteral("unescaped"));
    CHECK_FALSE(PgPassFile::match("h:5432:a:c\\\\d:x\n", odd));
    // An escaped * is a literal star, not a wildcard.
    CHECK_FALSE(PgPassFile::match(
        "h:5432:lib:\\*:x\n", identity(QStringLiteral("h"), 5432, QStringLiteral("lib"), QStringLiteral("bitext"))));
    CHECK(PgPassFile::match(
              "h:5432:lib:\\*:star\n", identity(QStringLiteral("h"), 5432, QStringLiteral("lib"), QStringLiteral("*")))
        == QStringLiteral("star"));
    // A colon in the host (IPv6) matches unescaped, as libpq compares it character by character.
    CHECK(PgPassFile::match("::1:5432:lib:bitext:six\n",
              identity(QStringLiteral("::1"), 5432, QStringLiteral("lib"), QStringLiteral("bitext")))
        == QStringLiteral("six"));
}

TEST_CASE("pgpass: the local socket and its default folder are localhost", "[pgpass]")
{
    const QByteArray text = "localhost:5432:lib:bitext:local\n/srv/sock:5432:lib:bitext:socket\n";
    CHECK(PgPassFile::match(text, identity(QString(), 5432, QStringLiteral("lib"), QStringLiteral("bitext")))
        == QStringLiteral("local"));
    CHECK(PgPassFile::match(text,
              identity(QStringLiteral("/var/run/postgresql"), 5432, QStringLiteral("lib"), QStringLiteral("bitext")))
        == QStringLiteral("local"));
    // Another socket folder is matched by its own name.
    CHECK(PgPassFile::match(
              text, identity(QStringLiteral("/srv/sock"), 5432, QStringLiteral("lib"), QStringLiteral("bitext")))
        == QStringLiteral("socket"));
    // 127.0.0.1 is not localhost for .pgpass.
    CHECK_FALSE(PgPassFile::match(
        text, identity(QStringLiteral("127.0.0.1"), 5432, QStringLiteral("lib"), QStringLiteral("bitext"))));
}

TEST_CASE("pgpass: a file others may read is ignored with a warning; 0600 and 0400 are read", "[pgpass]")
{
    QTemporaryDir dir;
    const QByteArray text = "*:*:*:*:from-file\n";
    const auto owner = QFile::ReadOwner | QFile::WriteOwner;

    const QString path = writeFile(dir, text, owner | QFile::ReadGroup);
    PgPassFile::Lookup lookup = PgPassFile::find(team, path);
    CHECK_FALSE(lookup.password);
    REQUIRE(lookup.warnings.size() == 1);
    CHECK(lookup.warnings.first().contains(QStringLiteral("0600")));
    CHECK(lookup.warnings.first().contains(path));
    CHECK_FALSE(lookup.warnings.first().contains(QStringLiteral("from-file")));

    writeFile(dir, text, owner | QFile::ReadOther);
    CHECK_FALSE(PgPassFile::find(team, path).password);

    writeFile(dir, text, owner);
    lookup = PgPassFile::find(team, path);
    CHECK(lookup.password == QStringLiteral("from-file"));
    CHECK(lookup.warnings.isEmpty());

    writeFile(dir, text, QFile::ReadOwner);
    CHECK(PgPassFile::find(team, path).password == QStringLiteral("from-file"));

    // No file: no password and nothing to warn about. A folder: a warning.
    lookup = PgPassFile::find(team, dir.filePath(QStringLiteral("missing")));
    CHECK_FALSE(lookup.password);
    CHECK(lookup.warnings.isEmpty());
    lookup = PgPassFile::find(team, dir.path());
    CHECK_FALSE(lookup.password);
    CHECK(lookup.warnings.size() == 1);
}

TEST_CASE("pgpass: PGPASSFILE chooses the file, else ~/.pgpass", "[pgpass]")
{
    const QByteArray saved = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", "/somewhere/else");
    CHECK(PgPassFile::path() == QStringLiteral("/somewhere/else"));
    qunsetenv("PGPASSFILE");
    CHECK(PgPassFile::path() == QDir::homePath() + QStringLiteral("/.pgpass"));
    if (!saved.isNull())
        qputenv("PGPASSFILE", saved);
}
