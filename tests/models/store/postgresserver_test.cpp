#include "tests/support/postgresserver.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace bitext;

TEST_CASE("The test PostgreSQL server takes the test role over TCP with its password", "[postgres][server]")
{
    test::PostgresServer &server = test::PostgresServer::instance();
    CHECK(server.port() > 0);
    const QString name = server.createDatabase();
    const ConnectionSettings settings = server.settings(name);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("server-test"));
        db.setHostName(settings.host);
        db.setPort(settings.port);
        db.setDatabaseName(settings.database);
        db.setUserName(settings.user);
        db.setConnectOptions(settings.connectOptions());
        REQUIRE(db.open()); // the password comes from PGPASSWORD, as libpq does it
        QSqlQuery query(db);
        REQUIRE(query.exec(
            QStringLiteral("SELECT current_user, current_database(), current_setting('server_version_num')")));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == test::PostgresServer::role());
        CHECK(query.value(1).toString() == name);
        CHECK(query.value(2).toInt() / 10000 == 15);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("server-test"));
    CHECK(server.createDatabase() != name); // a fresh database per test case
    server.dropDatabase(name);
}
