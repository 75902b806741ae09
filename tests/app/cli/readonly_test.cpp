// The real `bitext` on a library it cannot write: on a read-only disk (a read-only bind
// mount in the test_app_cli_mounts run), as a user without write permission (nobody on
// a chmod 0555 folder, when the test runs as root) and on a full disk (a small tmpfs).
// Reading commands work; writing ones exit 1 with a message and change nothing.
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "tests/support/mounts.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

qint64 makeLibrary(const QString &path)
{
    auto library = Library::openSqlite(path);
    ParsedDocument talk;
    talk.document.title = QStringLiteral("只读 talk");
    talk.document.format = QStringLiteral("plain");
    for (int i = 0; i < 10; ++i) {
        Segment s;
        s.zh = QStringLiteral("第%1段：对齐问题很难。").arg(i);
        s.en = QStringLiteral("Part %1: alignment is hard.").arg(i);
        talk.segments << s;
    }
    const qint64 doc = library->documents().insert(talk);
    Annotation quote;
    quote.documentId = doc;
    quote.startSegmentId = quote.endSegmentId = library->documents().segments(doc).first().id;
    quote.startOffset = 4;
    quote.endOffset = 8;
    quote.quote = QStringLiteral("对齐问题");
    library->annotations().create(quote);
    return doc;
}

QStringList annotate(const QString &path, qint64 doc, int segment)
{
    return {QStringLiteral("--library"), path, QStringLiteral("annotate"), QStringLiteral("#%1").arg(doc),
        QString::number(segment), QStringLiteral("--side"), QStringLiteral("zh"), QStringLiteral("--quote"),
        QStringLiteral("对齐问题"), QStringLiteral("--tag"), QStringLiteral("Theme/Alignment")};
}

// Reads work and writes fail with `expected` in the message, through run.
void checkReadOnly(const std::function<test::ProcessResult(const QStringList &)> &run, const QString &path, qint64 doc,
    const QString &transcript, const QString &exportTo)
{
    const auto list = run({QStringLiteral("--library"), path, QStringLiteral("list")});
    INFO(list.err.toStdString());
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("只读 talk")));
    const auto show = run({QStringLiteral("--library"), path, QStringLiteral("show"), QStringLiteral("#%1").arg(doc)});
    CHECK(show.exitCode == 0);
    CHECK(show.out.contains(QStringLiteral("对齐问题")));
    const auto search = run({QStringLiteral("--library"), path, QStringLiteral("search"), QStringLiteral("对齐")});
    CHECK(search.exitCode == 0);
    CHECK(search.out.contains(QStringLiteral("只读 talk")));
    const auto exported = run({QStringLiteral("--library"), path, QStringLiteral("export"), QStringLiteral("--output"),
        exportTo, QStringLiteral("--format"), QStringLiteral("md")});
    INFO(exported.err.toStdString());
    CHECK(exported.exitCode == 0);

    const auto annotated = run(annotate(path, doc, 1));
    INFO(annotated.err.toStdString());
    CHECK(annotated.exitCode == 1);
    CHECK(annotated.err.contains(QStringLiteral("is read-only")));
    const auto imported = run({QStringLiteral("--library"), path, QStringLiteral("import"), transcript});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode != 0);
    CHECK(QString(imported.err + imported.out).contains(QStringLiteral("is read-only")));
}

} // namespace

TEST_CASE("bitext reads a library on a read-only disk and refuses to change it", "[cli][sqlite][.mounts]")
{
    QTemporaryDir dir;
    QTemporaryDir outside;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    const qint64 doc = makeLibrary(path);
    const QString transcript = outside.filePath(QStringLiteral("new.txt"));
    {
        QFile file(transcript);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("新的一段。\n");
    }
    const QByteArray before = test::fileHash(path);
    test::ReadOnlyFolder readOnly(dir.path());
    if (!readOnly.ok())
        return;
    checkReadOnly([](const QStringList &arguments) { return test::runBitext(arguments); }, path, doc, transcript,
        outside.filePath(QStringLiteral("notes.md")));
    CHECK(test::fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("bitext run by a user without write permission reads the library and refuses to change it",
    "[cli][sqlite][.mounts]")
{
    if (::geteuid() != 0) {
        WARN("needs root to run bitext as nobody");
        return;
    }
    QTemporaryDir dir;
    QTemporaryDir home; // nobody's settings
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    const qint64 doc = makeLibrary(path);
    const QString transcript = home.filePath(QStringLiteral("new.txt"));
    {
        QFile file(transcript);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("新的一段。\n");
    }
    const QFile::Permissions all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
        | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QFile::setPermissions(home.path(), all);
    QFile::setPermissions(transcript, all);
    QFile::setPermissions(
        dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    const QByteArray before = test::fileHash(path);
    const auto asNobody = [&home](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("setpriv"),
            QStringList {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                QStringLiteral("--clear-groups"), QStringLiteral("--"), test::bitextBinary()}
                + arguments);
        test::ProcessResult result;
        if (!process.waitForFinished(60000))
            return result;
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    };
    const QStringList nobody {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
        QStringLiteral("--clear-groups"), QStringLiteral("--"), QStringLiteral("test")};
    if (QProcess::execute(QStringLiteral("setpriv"), nobody + QStringList {QStringLiteral("-x"), test::bitextBinary()})
            != 0
        || QProcess::execute(QStringLiteral("setpriv"), nobody + QStringList {QStringLiteral("-r"), path}) != 0) {
        WARN("nobody cannot run bitext or reach the library here (a folder on the way is closed to others)");
        return;
    }
    checkReadOnly(asNobody, path, doc, transcript, home.filePath(QStringLiteral("notes.md")));
    const auto annotated = asNobody(annotate(path, doc, 2));
    CHECK(annotated.err.contains(QStringLiteral("no permission")));
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("bitext on a full disk refuses the edit with a message and keeps the library", "[cli][sqlite][.mounts]")
{
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("disk"));
    test::SmallDisk disk(mountPoint, 1024);
    if (!disk.ok())
        return;
    const QString path = mountPoint + QStringLiteral("/library.sqlite");
    const qint64 doc = makeLibrary(path);
    REQUIRE(test::runBitext(annotate(path, doc, 3)).exitCode == 0);
    disk.fill();
    // Reading still works (the library is read without its -shm file then).
    const auto list = test::runBitext({QStringLiteral("--library"), path, QStringLiteral("list")});
    INFO(list.err.toStdString());
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("只读 talk")));
    const auto full = test::runBitext(annotate(path, doc, 1));
    INFO(full.err.toStdString());
    CHECK(full.exitCode == 1);
    CHECK(full.err.contains(QStringLiteral("is full: the change was not saved. Everything saved before is kept.")));
    CHECK(test::integrityCheck(path) == QStringLiteral("ok"));
    {
        auto library = Library::openSqlite(path);
        CHECK(library->annotations().list(doc).size() == 2);
    }
    disk.makeRoom();
    const auto roomy = test::runBitext(annotate(path, doc, 1));
    INFO(roomy.err.toStdString());
    CHECK(roomy.exitCode == 0);
    auto library = Library::openSqlite(path);
    CHECK(library->annotations().list(doc).size() == 3);
}
