// A recording lying beside a transcript with its base name is attached by the import
// itself (every import path goes through ImportService: the window's and the command
// line's); an update (--replace) keeps a media file someone chose.
#include "models/import/importservice.h"
#include "models/media/mediarepository.h"
#include "models/store/documentrepository.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

TEST_CASE(
    "Import attaches the recording with the transcript's base name; replace keeps a chosen one", "[media][import]")
{
    test::TemporaryLibrary lib;
    QTemporaryDir dir;
    const QString transcript = QDir(dir.path()).filePath(QStringLiteral("interview.txt"));
    writeFile(transcript, "Host: 你好。\nHost: Hello.\nGuest: 谢谢。\nGuest: Thanks.\n");
    const QString recording = QDir(dir.path()).filePath(QStringLiteral("interview.opus"));
    writeFile(recording, "OggS");

    ImportService service(*lib);
    const ImportResult first = service.importFile(transcript, {});
    REQUIRE_FALSE(first.failed());
    CHECK(first.media == recording);
    CHECK(MediaRepository(*lib).absolutePath(first.documentId) == recording);

    // The user picks another file; a changed transcript replaced keeps it.
    const QString chosen = QDir(dir.path()).filePath(QStringLiteral("chosen.wav"));
    writeFile(chosen, "RIFF");
    MediaRepository(*lib).attach(first.documentId, chosen);
    writeFile(transcript, "Host: 你好。\nHost: Hello.\nGuest: 谢谢你。\nGuest: Thank you.\n");
    ImportService::Options replace;
    replace.replace = true;
    const ImportResult replaced = service.importFile(transcript, replace);
    REQUIRE(replaced.status == ImportResult::Status::Replaced);
    CHECK(replaced.media.isEmpty());
    CHECK(MediaRepository(*lib).absolutePath(first.documentId) == chosen);

    // Nothing beside it: nothing attached.
    const QString alone = QDir(dir.path()).filePath(QStringLiteral("alone.txt"));
    writeFile(alone, "Host: 再见。\nHost: Bye.\n");
    const ImportResult other = service.importFile(alone, {});
    CHECK(other.media.isEmpty());
    CHECK(MediaRepository(*lib).absolutePath(other.documentId).isEmpty());
}
