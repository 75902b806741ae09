#include "models/store/annotationrepository.h"
#include "models/store/noterepository.h"
#include "models/store/tagrepository.h"
#include "tests/models/annotate/annotatefixture.h"
#include "tests/support/testsupport.h"
#include "ui/commands/createannotationcommand.h"
#include "ui/commands/createtagcommand.h"
#include "ui/commands/retagannotationcommand.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>
#include <QUndoStack>

#include <cstdio>

using namespace bitext;
using namespace bitext::ui;

namespace {
const char *const kHelperName = "crash helper edits through undo commands and waits to be killed";
}

// Hidden ("[.]"): run only by the test below, in a child process it then kills.
TEST_CASE("crash helper edits through undo commands and waits to be killed", "[.][crash-helper]")
{
    const QString path = qEnvironmentVariable("BITEXT_CRASH_LIBRARY");
    REQUIRE_FALSE(path.isEmpty());
    auto library = Library::openSqlite(path);
    const qint64 documentId = library->documents().list().first().document.id;
    QUndoStack stack;
    auto *tag = new CreateTagCommand(*library, QStringLiteral("Crash/Survivor"));
    REQUIRE(LibraryCommand::push(&stack, tag).isEmpty());
    auto *create = new CreateAnnotationCommand(*library, test::annotationOn(*library, documentId, 2, QStringLiteral("监督")),
                                               QStringLiteral("written just before SIGKILL"));
    REQUIRE(LibraryCommand::push(&stack, create).isEmpty());
    REQUIRE(LibraryCommand::push(&stack, new RetagAnnotationCommand(*library, create->annotationId(), {tag->tagId()}))
                .isEmpty());
    std::printf("EDIT-DONE %lld\n", static_cast<long long>(create->annotationId()));
    std::fflush(stdout);
    // No clean shutdown: the library is never closed, the process is killed here.
    for (;;)
        QThread::sleep(1);
}

TEST_CASE("an edit is in the library after the process is killed right after it", "[crash]")
{
    test::TemporaryLibrary lib;
    test::insertTalk(*lib);
    lib.close();

    QProcess helper;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BITEXT_CRASH_LIBRARY"), lib.path());
    helper.setProcessEnvironment(env);
    helper.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kHelperName)});
    REQUIRE(helper.waitForStarted());
    QByteArray out;
    REQUIRE(test::waitFor(
        [&] {
            helper.waitForReadyRead(50);
            out += helper.readAllStandardOutput();
            return out.contains("EDIT-DONE") || helper.state() == QProcess::NotRunning;
        },
        60000));
    INFO(out.toStdString() << helper.readAllStandardError().toStdString());
    REQUIRE(out.contains("EDIT-DONE"));
    helper.kill(); // SIGKILL
    REQUIRE(helper.waitForFinished(10000));
    CHECK(helper.exitStatus() == QProcess::CrashExit);

    const qint64 id = QString::fromLatin1(out.mid(out.indexOf("EDIT-DONE") + 10).split('\n').first().trimmed()).toLongLong();
    REQUIRE(id > 0);
    lib.reopen();
    const auto annotation = lib->annotations().find(id);
    REQUIRE(annotation);
    CHECK(annotation->quote == QStringLiteral("监督"));
    const auto tag = lib->tags().findByPath(QStringLiteral("Crash/Survivor"));
    REQUIRE(tag);
    CHECK(annotation->tagIds == QList<qint64>{tag->id});
    CHECK(lib->notes().forAnnotation(id)->body == QStringLiteral("written just before SIGKILL"));
}
