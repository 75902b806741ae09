#include "models/core/error.h"
#include "models/store/connectionidentity.h"

#include <catch2/catch.hpp>

using namespace bitext;

TEST_CASE("a postgresql:// URL gives user@host:port/db; options are no part of it", "[identity]")
{
    const ConnectionIdentity id
        = ConnectionIdentity::fromUrl(QStringLiteral("postgresql://bitext@127.0.0.1:5433/lib?sslmode=require"));
    CHECK(id.user == QStringLiteral("bitext"));
    CHECK(id.host == QStringLiteral("127.0.0.1"));
    CHECK(id.port == 5433);
    CHECK(id.database == QStringLiteral("lib"));
    CHECK(id.key() == QStringLiteral("postgresql://bitext@127.0.0.1:5433/lib"));
    CHECK(ConnectionIdentity::fromUrl(QStringLiteral("postgres://bitext@127.0.0.1:5433/lib")) == id);

    const ConnectionIdentity defaults = ConnectionIdentity::fromUrl(QStringLiteral("postgresql://ann@db.example.org"));
    CHECK(defaults.port == 5432);
    CHECK(defaults.database == QStringLiteral("ann")); // libpq: the database defaults to the user
    CHECK(defaults.key() == QStringLiteral("postgresql://ann@db.example.org:5432/ann"));

    const ConnectionIdentity v6 = ConnectionIdentity::fromUrl(QStringLiteral("postgresql://ann@[::1]:5432/lib"));
    CHECK(v6.host == QStringLiteral("::1"));
    CHECK(v6.key() == QStringLiteral("postgresql://ann@[::1]:5432/lib"));

    // A socket folder as libpq takes it: percent-encoded in the host, or in the query.
    const ConnectionIdentity socket
        = ConnectionIdentity::fromUrl(QStringLiteral("postgresql://ann@%2Fvar%2Frun%2Fpostgresql:5433/lib"));
    CHECK(socket.host == QStringLiteral("/var/run/postgresql"));
    CHECK(socket.port == 5433);
    CHECK(socket.key() == QStringLiteral("postgresql://ann@%2Fvar%2Frun%2Fpostgresql:5433/lib"));
    CHECK(ConnectionIdentity::fromUrl(QStringLiteral("postgresql://ann@/lib?host=/var/run/postgresql&port=5433"))
        == socket);

    CHECK(ConnectionIdentity::isUrl(QStringLiteral("POSTGRESQL://x@y/z")));
    CHECK_FALSE(ConnectionIdentity::isUrl(QStringLiteral("/home/ann/postgresql:/lib.sqlite")));
}

TEST_CASE("a URL with a password is refused without repeating the password", "[identity]")
{
    for (const QString &url : {QStringLiteral("postgresql://bitext:Sekr3t-in-url@127.0.0.1:5432/lib"),
             QStringLiteral("postgresql://bitext@127.0.0.1:5432/lib?password=Sekr3t-in-url")}) {
        try {
            ConnectionIdentity::fromUrl(url);
            FAIL("accepted " << url.toStdString());
        } catch (const Error &error) {
            CHECK(error.message().contains(QStringLiteral("password")));
            CHECK(error.message().contains(QStringLiteral("127.0.0.1")));
            CHECK_FALSE(error.message().contains(QStringLiteral("Sekr3t")));
        }
    }
    CHECK_THROWS_AS(ConnectionIdentity::fromUrl(QStringLiteral("postgresql://bitext@host:99999/lib")), Error);
    CHECK_THROWS_AS(ConnectionIdentity::fromUrl(QStringLiteral("/tmp/library.sqlite")), Error);
}
