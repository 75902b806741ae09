// SIGKILL at random moments of `bitext copy-library SRC DST` and of `--merge`: the
// destination holds either what it held before or the whole result, never a part.
#include "models/store/library.h"
#include "tests/app/crash/crashfixture.h"
#include "tests/app/crash/killrun.h"
#include "tests/app/crash/rawlibrary.h"
#include "tests/support/annotatedseeds.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <cstdio>
#include <functional>

using namespace bitext;
using namespace bitext::test;

namespace {

struct Destination
{
    // False also for a file with no table yet: a kill before the new library's schema
    // was committed, which Bitext opens as a new library.
    bool exists = false;
    QStringList problems;
    QStringList state;
};

// What a run left in the destination, read with plain SQLite, then opened by Bitext.
Destination inspect(const QString &path)
{
    Destination d;
    d.exists = QFile::exists(path);
    if (!d.exists)
        return d;
    {
        const RawLibrary raw(path);
        d.problems << raw.problems();
        d.exists = raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt() > 0;
        if (d.exists)
            d.state = contentState(raw);
    }
    d.problems << openWithBitext(path);
    return d;
}

QStringList emptyState()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    Library::open(path);
    const RawLibrary raw(path);
    return contentState(raw);
}

// Kills the copy (or merge) of source into destination at random moments; before each
// run `prepare` puts the destination back into its starting state. `allowed` holds the
// untouched state and, last, the complete one.
void killCopies(KillScenario &scenario, const QString &source, const QString &destination, bool merge,
    const std::function<void(int run)> &prepare, const QList<QStringList> &allowed)
{
    QStringList arguments {QStringLiteral("copy-library"), source, destination};
    if (merge)
        arguments << QStringLiteral("--merge");
    QStringList sourceBefore;
    {
        const RawLibrary raw(source);
        sourceBefore = contentState(raw);
    }
    prepare(-1);
    const double duration = measureBitext(arguments);
    const Destination complete = inspect(destination);
    REQUIRE(complete.problems.isEmpty());
    REQUIRE(allowed.contains(complete.state));
    std::printf("%s: %.0f ms undisturbed\n", merge ? "copy-library --merge" : "copy-library", duration);

    for (int run = 0; run < scenario.runs(); ++run) {
        prepare(run);
        // A little past the measured time too, so that some runs finish (complete) first.
        const double delay = scenario.delayMs(duration * 1.2);
        const KillOutcome outcome = runAndKill(arguments, delay);
        INFO(describeRun(run, delay, outcome.killed).toStdString() + "; seed " + std::to_string(scenario.seed()));
        INFO(outcome.err.toStdString());
        const Destination left = inspect(destination);
        QStringList problems = left.problems;
        if (left.exists && !allowed.contains(left.state))
            problems << QStringLiteral("the destination holds part of the copy: ")
                    + left.state.join(QStringLiteral("; "));
        scenario.count(
            left.exists && left.state == allowed.last() ? QStringLiteral("complete") : QStringLiteral("untouched"));
        {
            const RawLibrary raw(source);
            problems << raw.problems();
            if (contentState(raw) != sourceBefore)
                problems << QStringLiteral("the source changed");
        }
        scenario.finish(outcome.killed, problems);
    }
}

} // namespace

TEST_CASE("A killed copy-library leaves the destination untouched or complete", "[crash][copy][sqlite]")
{
    KillScenario scenario(QStringLiteral("copy-library"));
    QTemporaryDir work;
    const QString source = work.filePath(QStringLiteral("source.sqlite"));
    makeStartLibrary(source, writeBigTranscript(work.filePath(QStringLiteral("long-interview.txt")), 512 * 1024));
    QStringList full;
    {
        const RawLibrary raw(source);
        full = contentState(raw);
    }
    const QString empty = work.filePath(QStringLiteral("empty.sqlite"));
    Library::open(empty);
    const QString destination = work.filePath(QStringLiteral("copy.sqlite"));
    // Every other run copies into a new file, the others into an empty library there already.
    const auto prepare = [&](int run) {
        if (run % 2 == 0)
            copyLibraryFile(work.filePath(QStringLiteral("absent")), destination);
        else
            copyLibraryFile(empty, destination);
    };
    killCopies(scenario, source, destination, false, prepare, {emptyState(), full});
}

TEST_CASE("A killed copy-library --merge leaves the destination as before or fully merged", "[crash][copy][sqlite]")
{
    KillScenario scenario(QStringLiteral("copy-library --merge"));
    QTemporaryDir work;
    const QString source = work.filePath(QStringLiteral("source.sqlite"));
    makeStartLibrary(source, writeBigTranscript(work.filePath(QStringLiteral("long-interview.txt")), 512 * 1024));
    // The destination shares seeds 000 and 001 with the source (matched, not duplicated)
    // and has seed 003 of its own.
    const QString start = work.filePath(QStringLiteral("start.sqlite"));
    {
        AnnotatedSeeds seeds;
        REQUIRE(runBitext({QStringLiteral("--library"), seeds.lib.path(), QStringLiteral("import"),
                              seedFileByPrefix(QStringLiteral("003"))})
                    .exitCode
            == 0);
        seeds.lib.close();
        copyLibraryFile(seeds.lib.path(), start);
    }
    QStringList before;
    {
        const RawLibrary raw(start);
        before = contentState(raw);
    }
    const QString destination = work.filePath(QStringLiteral("merged.sqlite"));
    const auto prepare = [&](int) { copyLibraryFile(start, destination); };
    // The merged state, from one undisturbed merge.
    prepare(-1);
    REQUIRE(runBitext({QStringLiteral("copy-library"), source, destination, QStringLiteral("--merge")}).exitCode == 0);
    QStringList merged;
    {
        const RawLibrary raw(destination);
        merged = contentState(raw);
    }
    REQUIRE(merged != before);
    killCopies(scenario, source, destination, true, prepare, {before, merged});
}
