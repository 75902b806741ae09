// `bitext backup list|create|restore`, and what every command says about a damaged library.
#include "models/store/librarybackups.h"
#include "models/store/openmarker.h"
#include "tests/models/store/libraryfiles.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::test;

namespace {

test::ProcessResult backup(const QString &path, const QStringList &arguments)
{
    return runBitext(QStringList {QStringLiteral("--library"), path, QStringLiteral("backup")} + arguments);
}

} // namespace

TEST_CASE("bitext backup creates, lists and restores backups of a library file", "[cli][sqlite][backups]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    addDocuments(path, {QStringLiteral("one")});

    auto result = backup(path, {QStringLiteral("list")});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QLatin1String("no backups")));

    result = backup(path, {QStringLiteral("create"), QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject created = QJsonDocument::fromJson(result.out.toUtf8()).object();
    CHECK(created.value(QLatin1String("reason")).toString() == QLatin1String("manual"));
    CHECK(created.value(QLatin1String("size")).toDouble() > 0);
    CHECK(created.value(QLatin1String("schema_version")).toInt() > 0);
    CHECK(QFile::exists(created.value(QLatin1String("path")).toString()));
    CHECK(created.value(QLatin1String("created")).toString().endsWith(QLatin1Char('Z')));

    addDocuments(path, {QStringLiteral("two")});
    result = backup(path, {QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray list = QJsonDocument::fromJson(result.out.toUtf8()).array();
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).toObject().value(QLatin1String("file")) == created.value(QLatin1String("file")));

    result = backup(path, {QStringLiteral("restore"), created.value(QLatin1String("file")).toString()});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QLatin1String("Restored")));
    CHECK(titles(path) == QStringList {QStringLiteral("one")});

    result = backup(path, {QStringLiteral("restore"), QStringLiteral("nonsense.sqlite")});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QLatin1String("backup list")));
    result = backup(path, {QStringLiteral("frobnicate")});
    CHECK(result.exitCode == 2);
    result = backup(QStringLiteral("postgresql://me@localhost:5432/lib"), {QStringLiteral("list")});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QLatin1String("server library")));
}

TEST_CASE("Every command on a damaged library names it and points to backup restore", "[cli][sqlite][backups]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    addDocuments(path, {QStringLiteral("one")});
    LibraryBackups(path).create(LibraryBackups::Reason::Daily);
    overwrite(path, 0, QByteArrayLiteral("damaged by a test"));
    const QByteArray before = filesHash(path);

    for (const QString &command : {QStringLiteral("list"), QStringLiteral("tags"), QStringLiteral("search")}) {
        auto result = runBitext({QStringLiteral("--library"), path, command, QStringLiteral("x")});
        if (command != QLatin1String("search"))
            result = runBitext({QStringLiteral("--library"), path, command});
        INFO(command.toStdString() << ": " << result.err.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(path));
        CHECK(result.err.contains(QLatin1String("not an SQLite database")));
        CHECK(result.err.contains(QLatin1String("bitext backup restore")));
    }
    CHECK(filesHash(path) == before);

    // Restoring without a name takes the newest good backup and keeps the damaged file.
    auto result = backup(path, {QStringLiteral("restore"), QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject restored = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QString previous = restored.value(QLatin1String("previous")).toString();
    CHECK(QFileInfo(previous).fileName().startsWith(QLatin1String("library.damaged-")));
    CHECK(filesHash(previous) == before);
    CHECK(titles(path) == QStringList {QStringLiteral("one")});
}

TEST_CASE("A backup that cannot be written leaves no partial file", "[cli][sqlite][backups]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    addDocuments(path, {QStringLiteral("one"), QStringLiteral("two")}, 2000);
    const LibraryBackups::Backup older = LibraryBackups(path).create(LibraryBackups::Reason::Manual);
    // The file size limit of the shell (ulimit -f, in 512-byte blocks for sh) stops the
    // copy halfway; SIGXFSZ ignored, so the write fails with EFBIG as on a full disk.
    QProcess process;
    process.start(QStringLiteral("sh"),
        {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 128; exec \"$0\" \"$@\""), bitextBinary(),
            QStringLiteral("--library"), path, QStringLiteral("backup"), QStringLiteral("create")});
    REQUIRE(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO(err.toStdString());
    CHECK(process.exitCode() == 1);
    CHECK(err.contains(QLatin1String("Cannot back up")));
    QStringList files
        = QDir(LibraryBackups::folderFor(path)).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    files.removeOne(QStringLiteral(".checked")); // the fingerprint (LibraryFingerprint)
    CHECK(files == QStringList {QFileInfo(older.path).fileName()});
}

TEST_CASE("A bitext command killed with the library open leaves a marker; the next open checks fully",
    "[cli][sqlite][backups]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    addDocuments(path, {QStringLiteral("one")});
    QStringList arguments {QStringLiteral("--library"), path, QStringLiteral("import")};
    for (const QString &seed : QDir(seedPath(QString())).entryList({QStringLiteral("0*.txt")}, QDir::Files))
        arguments << seedPath(seed);
    const std::unique_ptr<QProcess> import = startBitext(arguments);
    REQUIRE(import);
    REQUIRE(waitFor([&] { return !OpenMarker::live(path).isEmpty() || import->state() == QProcess::NotRunning; }));
    REQUIRE(import->state() == QProcess::Running);
    import->kill(); // SIGKILL: no clean close
    REQUIRE(import->waitForFinished());
    REQUIRE(waitFor([&] { return OpenMarker::stale(path).size() == 1; }));
    // The full check passes (SQLite's journal kept the file whole), so the marker goes.
    CHECK(titles(path).contains(QStringLiteral("one")));
    CHECK(OpenMarker::stale(path).isEmpty());
    CHECK(OpenMarker::live(path).isEmpty());
}
