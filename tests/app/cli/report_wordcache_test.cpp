#include "models/analysis/wordcountfile.h"
#include "tests/support/testsupport.h"
#include "tests/support/wordsamples.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::test;

namespace {

ProcessResult frequency(const TemporaryLibrary &lib)
{
    return runBitext({QStringLiteral("--library"), lib.path(), QStringLiteral("report"), QStringLiteral("frequency"),
        QStringLiteral("--json")});
}

// The word count files under this test process's private cache folder (the bitext it
// starts inherits XDG_CACHE_HOME).
QStringList countFiles()
{
    QStringList files;
    QDirIterator it(qEnvironmentVariable("XDG_CACHE_HOME"), {QStringLiteral("*.counts")}, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("report frequency keeps its counts in the user's cache folder for the next run", "[cli][report][words]")
{
    TemporaryLibrary lib;
    WordSamples samples(*lib);
    const QStringList before = countFiles();
    const QStringList libraryFolder = QDir(lib.dir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    const ProcessResult first = frequency(lib);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    QStringList files = countFiles();
    for (const QString &file : before)
        files.removeAll(file);
    REQUIRE(files.size() == 1);
    const QString file = files.first();
    const QByteArray written = contents(file);
    CHECK(QDir(lib.dir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot) == libraryFolder);

    // The next run reads the counts: nothing counted, so the file is not written again
    // (it keeps the time set here).
    const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-1);
    {
        QFile stamp(file);
        REQUIRE(stamp.open(QIODevice::ReadWrite));
        REQUIRE(stamp.setFileTime(old, QFileDevice::FileModificationTime));
    }
    const ProcessResult second = frequency(lib);
    REQUIRE(second.exitCode == 0);
    CHECK(second.out == first.out);
    CHECK(QFileInfo(file).lastModified().toUTC().secsTo(old) == 0);
    CHECK(contents(file) == written);

    // A corrupt file is ignored: the same numbers, and a good file again.
    {
        QFile damaged(file);
        REQUIRE(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("garbage");
    }
    const ProcessResult third = frequency(lib);
    INFO(third.err.toStdString());
    REQUIRE(third.exitCode == 0);
    CHECK(third.out == first.out);
    CHECK(WordCountFile::read(file, WordCountFile::identity(*lib)).size() == 2);
}
