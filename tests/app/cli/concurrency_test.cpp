// Writers wait for each other: two `bitext import` runs on multi-megabyte files and a
// loop of `bitext annotate` on the same library all succeed (the real binary).
#include "models/store/annotationrepository.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/schemamigrator.h"
#include "tests/support/sanitizerbuild.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <memory>

using namespace bitext;

namespace {

// A plain transcript of about `megabytes` MiB whose text differs by `seed`.
void writeTranscript(const QString &path, int seed, int megabytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QByteArray line
        = QStringLiteral("第%1集：我们讨论人工智能的对齐问题，以及为什么它在实践中如此困难。\n").arg(seed).toUtf8();
    const qint64 target = qint64(megabytes) * 1024 * 1024;
    for (int i = 0; file.size() < target; ++i)
        file.write(QByteArray::number(i) + ' ' + line);
}

std::unique_ptr<QProcess> startBitext(const QStringList &arguments)
{
    std::unique_ptr<QProcess> process = test::startBitext(arguments);
    REQUIRE(process);
    return process;
}

} // namespace

TEST_CASE("Two imports and 40 annotate commands on one library all succeed", "[cli][concurrency]")
{
    test::TemporaryLibrary lib;
    ParsedDocument talk;
    talk.document.title = QStringLiteral("Concurrency talk");
    talk.document.format = QStringLiteral("plain");
    for (int i = 0; i < 40; ++i) {
        Segment s;
        s.zh = QStringLiteral("第%1段：对齐问题很难。").arg(i);
        talk.segments << s;
    }
    const qint64 doc = lib->documents().insert(talk);
    const QString first = lib.dir() + QStringLiteral("/first.txt");
    const QString second = lib.dir() + QStringLiteral("/second.txt");
    // Under the sanitizers an import of 3 MiB holds its transaction 8 times as long, near
    // the writers' 30 s wait on a busy machine: there 1 MiB is as much work.
    const int megabytes = test::sanitizerBuild() ? 1 : 3;
    writeTranscript(first, 1, megabytes);
    writeTranscript(second, 2, megabytes);
    const QString path = lib.path();
    lib.close();

    const auto importA = startBitext({QStringLiteral("--library"), path, QStringLiteral("import"), first});
    const auto importB = startBitext({QStringLiteral("--library"), path, QStringLiteral("import"), second});
    QStringList failures;
    int overlapping = 0;
    for (int i = 0; i < 40; ++i) {
        const bool importing = importA->state() != QProcess::NotRunning || importB->state() != QProcess::NotRunning;
        overlapping += importing ? 1 : 0;
        const auto r = test::runBitext(
            {QStringLiteral("--library"), path, QStringLiteral("annotate"), QStringLiteral("#%1").arg(doc),
                QString::number(i), QStringLiteral("--side"), QStringLiteral("zh"), QStringLiteral("--quote"),
                QStringLiteral("对齐问题"), QStringLiteral("--tag"), QStringLiteral("Concurrency/Run")});
        if (r.exitCode != 0)
            failures << QStringLiteral("annotate %1: exit %2: %3").arg(i).arg(r.exitCode).arg(r.err.trimmed());
    }
    for (QProcess *import : {importA.get(), importB.get()}) {
        REQUIRE(import->waitForFinished(300000));
        if (import->exitCode() != 0)
            failures << QStringLiteral("import: exit %1: %2")
                            .arg(import->exitCode())
                            .arg(QString::fromUtf8(import->readAllStandardError()).trimmed());
    }
    INFO(failures.join(QLatin1Char('\n')).toStdString());
    CHECK(failures.isEmpty());
    // The loop really ran beside the imports (else this proves nothing).
    CHECK(overlapping >= 1);

    const auto library = Library::open(path);
    CHECK(library->annotations().list(doc).size() == 40);
    CHECK(library->documents().list().size() == 3);
}

TEST_CASE("Several commands creating one new library at once all succeed", "[cli][concurrency]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < 6; ++i)
        runs.push_back(
            startBitext({QStringLiteral("--library"), path, QStringLiteral("tags"), QStringLiteral("--json")}));
    QStringList failures;
    for (const auto &run : runs) {
        REQUIRE(run->waitForFinished(120000));
        if (run->exitCode() != 0)
            failures << QString::fromUtf8(run->readAllStandardError()).trimmed();
    }
    INFO(failures.join(QLatin1Char('\n')).toStdString());
    CHECK(failures.isEmpty());
    const auto library = Library::openSqlite(path);
    CHECK(
        library->database().scalar(QStringLiteral("PRAGMA user_version")).toInt() == SchemaMigrator::currentVersion());
}
