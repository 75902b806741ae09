// A document's media file: stored relative to a library file's folder, resolved back,
// reported missing when moved, refused when it does not exist; found beside a transcript.
#include "models/core/error.h"
#include "models/media/medialocation.h"
#include "models/media/mediarepository.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

qint64 insertTalk(Library &library)
{
    ParsedDocument p;
    p.document.title = QStringLiteral("Talk");
    p.document.format = QStringLiteral("speaker-turns");
    Segment s;
    s.zh = QStringLiteral("你好。");
    s.en = QStringLiteral("Hello.");
    p.segments << s;
    return library.documents().insert(p);
}

void touch(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("RIFF");
}

QString storedColumn(Library &library, qint64 id)
{
    return library.database().scalar(QStringLiteral("SELECT media_path FROM documents WHERE id = ?"), {id}).toString();
}

} // namespace

TEST_CASE("Media below a library file's folder is stored relative to it", "[media][sqlite]")
{
    test::TemporaryLibrary lib;
    const qint64 id = insertTalk(*lib);
    const QString media = QDir(lib.dir()).filePath(QStringLiteral("media/talk.wav"));
    touch(media);
    QSignalSpy changed(&*lib, &Library::changed);
    MediaRepository(*lib).attach(id, media);
    CHECK(storedColumn(*lib, id) == QStringLiteral("media/talk.wav"));
    CHECK(MediaRepository(*lib).absolutePath(id) == QFileInfo(media).absoluteFilePath());
    CHECK_FALSE(MediaRepository(*lib).isMissing(id));
    REQUIRE(changed.count() == 1);
    const auto changes = changed.at(0).at(0).value<ChangeList>();
    CHECK(changes.contains(Change {Change::Kind::Document, Change::Op::Updated, id, id}));
    lib.reopen();
    CHECK(lib->documents().find(id)->mediaPath == QStringLiteral("media/talk.wav"));
    // A name starting with two dots lies below the folder too.
    const QString dotted = QDir(lib.dir()).filePath(QStringLiteral("..talk.wav"));
    touch(dotted);
    CHECK(MediaLocation::storedPath(*lib, dotted) == QStringLiteral("..talk.wav"));
    CHECK(MediaLocation::storedPath(*lib, QDir(lib.dir()).filePath(QStringLiteral("../elsewhere.wav")))
        == QDir::cleanPath(QDir(lib.dir()).filePath(QStringLiteral("../elsewhere.wav"))));
}

TEST_CASE("Media elsewhere is stored absolute; a moved file is missing, not an error", "[media]")
{
    test::TemporaryLibrary lib;
    const qint64 id = insertTalk(*lib);
    QTemporaryDir elsewhere;
    const QString media = QDir(elsewhere.path()).filePath(QStringLiteral("talk.mp3"));
    touch(media);
    MediaRepository(*lib).attach(id, media);
    CHECK(storedColumn(*lib, id) == QFileInfo(media).absoluteFilePath());
    QFile::remove(media);
    CHECK(MediaRepository(*lib).isMissing(id));
    CHECK(MediaRepository(*lib).absolutePath(id) == QFileInfo(media).absoluteFilePath());
    MediaRepository(*lib).detach(id);
    CHECK(MediaRepository(*lib).absolutePath(id).isEmpty());
    CHECK_FALSE(MediaRepository(*lib).isMissing(id));
}

TEST_CASE("Attaching a file that does not exist names it and changes nothing", "[media]")
{
    test::TemporaryLibrary lib;
    const qint64 id = insertTalk(*lib);
    const QString absent = QDir(lib.dir()).filePath(QStringLiteral("nothing.wav"));
    try {
        MediaRepository(*lib).attach(id, absent);
        FAIL("no error");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("nothing.wav")));
    }
    CHECK(storedColumn(*lib, id).isEmpty());
    CHECK_THROWS_AS(MediaRepository(*lib).attach(id + 100, lib.dir()), Error); // a folder is no media file
}

TEST_CASE("MediaLocation finds the media with a transcript's base name", "[media]")
{
    QTemporaryDir dir;
    const QString transcript = QDir(dir.path()).filePath(QStringLiteral("interview.v2.md"));
    touch(transcript);
    CHECK(MediaLocation::besideTranscript(transcript).isEmpty());
    touch(QDir(dir.path()).filePath(QStringLiteral("interview.v2.txt")));
    touch(QDir(dir.path()).filePath(QStringLiteral("interview.mp3"))); // another base name
    CHECK(MediaLocation::besideTranscript(transcript).isEmpty());
    touch(QDir(dir.path()).filePath(QStringLiteral("interview.v2.mp4")));
    CHECK(MediaLocation::besideTranscript(transcript) == QDir(dir.path()).filePath(QStringLiteral("interview.v2.mp4")));
    touch(QDir(dir.path()).filePath(QStringLiteral("interview.v2.wav"))); // first in the list wins
    CHECK(MediaLocation::besideTranscript(transcript) == QDir(dir.path()).filePath(QStringLiteral("interview.v2.wav")));
    CHECK(MediaLocation::extensions().contains(QStringLiteral("opus")));
}
