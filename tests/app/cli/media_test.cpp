// Issue 18 on the command line: attach-media, show's media keys, and the media file found
// beside a transcript at import.
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QJsonObject showJson(const QString &library, const QString &doc)
{
    const auto show = test::runBitext(
        {QStringLiteral("--library"), library, QStringLiteral("show"), doc, QStringLiteral("--json")});
    INFO(show.err.toStdString());
    REQUIRE(show.exitCode == 0);
    return QJsonDocument::fromJson(show.out.toUtf8()).object();
}

} // namespace

TEST_CASE("import attaches the recording beside a transcript; show and attach-media report it", "[cli][media]")
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    const QString transcript = dir.filePath(QStringLiteral("talks/askell.txt"));
    QDir(dir.path()).mkpath(QStringLiteral("talks"));
    REQUIRE(QFile::copy(test::seedPath(QStringLiteral("001_b20dc5de5308e2ee.txt")), transcript));
    const QString recording = dir.filePath(QStringLiteral("talks/askell.mp3"));
    writeFile(recording, "ID3 only the path matters");
    writeFile(dir.filePath(QStringLiteral("talks/askell-notes.wav")), "another base name");

    const auto import = test::runBitext(
        {QStringLiteral("--library"), library, QStringLiteral("import"), transcript, QStringLiteral("--json")});
    INFO(import.err.toStdString());
    REQUIRE(import.exitCode == 0);
    const QJsonObject imported = QJsonDocument::fromJson(import.out.toUtf8()).array().at(0).toObject();
    CHECK(imported.value(QStringLiteral("media")).toString() == recording);
    const QString id = QString::number(qint64(imported.value(QStringLiteral("id")).toDouble()));

    QJsonObject shown = showJson(library, id);
    CHECK(shown.value(QStringLiteral("media")).toString() == recording);
    CHECK(shown.value(QStringLiteral("media_missing")).toBool() == false);

    // Below the library's folder: stored relative, so the folder can move as a whole.
    const QString moved = dir.filePath(QStringLiteral("moved"));
    REQUIRE(QDir().rename(dir.filePath(QStringLiteral("talks")), moved));
    shown = showJson(library, id);
    CHECK(shown.value(QStringLiteral("media")).toString() == recording);
    CHECK(shown.value(QStringLiteral("media_missing")).toBool() == true);
    const auto text = test::runBitext({QStringLiteral("--library"), library, QStringLiteral("show"), id});
    CHECK(text.out.contains(QStringLiteral("(missing)")));

    const QString relocated = QDir(moved).filePath(QStringLiteral("askell.mp3"));
    const auto attach = test::runBitext({QStringLiteral("--library"), library, QStringLiteral("attach-media"), id,
        relocated, QStringLiteral("--json")});
    INFO(attach.err.toStdString());
    REQUIRE(attach.exitCode == 0);
    CHECK(QJsonDocument::fromJson(attach.out.toUtf8()).object().value(QStringLiteral("media")).toString() == relocated);
    CHECK(showJson(library, id).value(QStringLiteral("media_missing")).toBool() == false);

    const auto detach = test::runBitext(
        {QStringLiteral("--library"), library, QStringLiteral("attach-media"), id, QStringLiteral("--detach")});
    CHECK(detach.exitCode == 0);
    CHECK(showJson(library, id).value(QStringLiteral("media")).isNull());
}

TEST_CASE("attach-media names a file that is not there and changes nothing", "[cli][media]")
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    const auto import = test::runBitext({QStringLiteral("--library"), library, QStringLiteral("import"),
        test::seedPath(QStringLiteral("000_f1a85dea575bd100.txt")), QStringLiteral("--json")});
    REQUIRE(import.exitCode == 0);
    const QJsonObject imported = QJsonDocument::fromJson(import.out.toUtf8()).array().at(0).toObject();
    CHECK(imported.value(QStringLiteral("media")).isNull()); // no recording beside the seed
    const QString id = QString::number(qint64(imported.value(QStringLiteral("id")).toDouble()));

    const auto attach = test::runBitext({QStringLiteral("--library"), library, QStringLiteral("attach-media"), id,
        dir.filePath(QStringLiteral("absent.wav"))});
    CHECK(attach.exitCode == 1);
    CHECK(attach.err.contains(QStringLiteral("absent.wav")));
    CHECK(showJson(library, id).value(QStringLiteral("media")).isNull());

    const auto usage = test::runBitext({QStringLiteral("--library"), library, QStringLiteral("attach-media"), id});
    CHECK(usage.exitCode == 2);
}
