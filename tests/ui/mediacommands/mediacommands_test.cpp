// The undoable steps of timing and attaching: each stored at once, undone and redone on
// the document's stack, and a failed one not kept.
#include "models/media/mediarepository.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "tests/support/testsupport.h"
#include "ui/commands/attachmediacommand.h"
#include "ui/commands/nudgesegmentcommand.h"
#include "ui/commands/setsegmentstartcommand.h"

#include <QDir>
#include <QFile>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

qint64 insertUntimed(Library &library)
{
    ParsedDocument p;
    p.document.title = QStringLiteral("Untimed talk");
    p.document.format = QStringLiteral("speaker-turns");
    for (int i = 0; i < 3; ++i) {
        Segment s;
        s.zh = QStringLiteral("第%1句。").arg(i);
        s.en = QStringLiteral("Line %1.").arg(i);
        p.segments << s;
    }
    return library.documents().insert(p);
}

QList<std::optional<qint64>> starts(Library &library, qint64 doc)
{
    QList<std::optional<qint64>> result;
    for (const Segment &s : library.documents().segments(doc))
        result << s.startMs;
    return result;
}

} // namespace

TEST_CASE("Tap-timing steps are stored at once and undone in order", "[commands][media]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = insertUntimed(*lib);
    const auto segs = lib->documents().segments(doc);
    QUndoStack stack;
    REQUIRE(LibraryCommand::push(&stack, new SetSegmentStartCommand(*lib, doc, segs[0].id, 300)).isEmpty());
    REQUIRE(LibraryCommand::push(&stack, new SetSegmentStartCommand(*lib, doc, segs[1].id, 1800)).isEmpty());
    REQUIRE(LibraryCommand::push(&stack, new NudgeSegmentCommand(*lib, doc, segs[1].id, 100)).isEmpty());
    CHECK(starts(*lib, doc) == QList<std::optional<qint64>> {300, 1900, std::nullopt});
    CHECK(lib->documents().segments(doc)[0].endMs == 1900);

    stack.undo(); // the nudge
    CHECK(starts(*lib, doc) == QList<std::optional<qint64>> {300, 1800, std::nullopt});
    CHECK(lib->documents().segments(doc)[0].endMs == 1800);
    stack.undo();
    stack.undo();
    CHECK(starts(*lib, doc) == QList<std::optional<qint64>> {std::nullopt, std::nullopt, std::nullopt});
    CHECK_FALSE(lib->documents().segments(doc)[0].endMs);
    stack.redo();
    stack.redo();
    CHECK(starts(*lib, doc) == QList<std::optional<qint64>> {300, 1800, std::nullopt});

    // Out of order: refused, not kept on the stack, nothing stored.
    const int count = stack.count();
    CHECK_FALSE(LibraryCommand::push(&stack, new SetSegmentStartCommand(*lib, doc, segs[2].id, 1000)).isEmpty());
    CHECK(stack.count() == count);
    CHECK_FALSE(starts(*lib, doc)[2]);
}

TEST_CASE("Attaching media is undone back to the file before, even a missing one", "[commands][media]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = insertUntimed(*lib);
    const QString first = QDir(lib.dir()).filePath(QStringLiteral("first.wav"));
    const QString second = QDir(lib.dir()).filePath(QStringLiteral("second.mp3"));
    for (const QString &path : {first, second}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    QUndoStack stack;
    REQUIRE(LibraryCommand::push(&stack, new AttachMediaCommand(*lib, doc, first)).isEmpty());
    REQUIRE(LibraryCommand::push(&stack, new AttachMediaCommand(*lib, doc, second)).isEmpty());
    CHECK(MediaRepository(*lib).absolutePath(doc) == second);
    QFile::remove(first); // moved away meanwhile
    stack.undo();
    CHECK(MediaRepository(*lib).absolutePath(doc) == first);
    CHECK(MediaRepository(*lib).isMissing(doc));
    REQUIRE(LibraryCommand::push(&stack, new AttachMediaCommand(*lib, doc, QString())).isEmpty()); // detach
    CHECK(MediaRepository(*lib).absolutePath(doc).isEmpty());
    stack.undo();
    CHECK(MediaRepository(*lib).absolutePath(doc) == first);
    CHECK_FALSE(LibraryCommand::push(&stack, new AttachMediaCommand(*lib, doc, first)).isEmpty()); // not there
}
