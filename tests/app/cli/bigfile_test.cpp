#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <vector>

extern char **environ;

using namespace bitext;

namespace {

struct Measured
{
    int exitCode = -1;
    QString out;
    QString err;
    long peakKiB = -1; // the child's own peak resident memory (wait4's ru_maxrss)
    qint64 ms = 0;
};

// Runs bitext headless like test::runBitext, but spawns and reaps it here so that
// wait4 can tell this one child's peak memory (QProcess reaps its children itself).
Measured runMeasured(const QStringList &arguments, const QString &dir)
{
    const QByteArray binary = QFile::encodeName(test::bitextBinary());
    std::vector<QByteArray> args {binary};
    for (const QString &a : arguments)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (char **e = environ; *e; ++e) {
        if (qstrncmp(*e, "DISPLAY=", 8) != 0 && qstrncmp(*e, "QT_QPA_PLATFORM=", 16) != 0)
            envp.push_back(*e);
    }
    envp.push_back(nullptr);

    const QByteArray outPath = QFile::encodeName(dir + QStringLiteral("/out.txt"));
    const QByteArray errPath = QFile::encodeName(dir + QStringLiteral("/err.txt"));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    Measured m;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, binary.constData(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(spawned == 0);
    int status = 0;
    struct rusage usage
    {
    };
    REQUIRE(wait4(pid, &status, 0, &usage) == pid);
    m.ms = timer.elapsed();
    m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    m.peakKiB = usage.ru_maxrss;
    for (auto [path, text] : {std::pair(outPath, &m.out), std::pair(errPath, &m.err)}) {
        QFile file(QFile::decodeName(path));
        REQUIRE(file.open(QIODevice::ReadOnly));
        *text = QString::fromUtf8(file.readAll());
    }
    return m;
}

} // namespace

TEST_CASE("bitext import of a 500 MiB transcript refuses it from its size in little memory; nothing is stored",
    "[cli][import][big]")
{
    test::TemporaryLibrary lib;
    const QString library = lib.path();
    lib.close();
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("interview.txt"));
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Host: 你好。\nGuest: Hello.\n").toUtf8());
        // A hole: 500 MiB that cost no disk.
        REQUIRE(file.resize(qint64(500) << 20));
    }
    // The smallest the command can cost: a good small import into the same library.
    const QString small = dir.filePath(QStringLiteral("small.txt"));
    {
        QFile file(small);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Host: 你好。\nGuest: Hello.\n").toUtf8());
    }
    const Measured baseline
        = runMeasured({QStringLiteral("--library"), library, QStringLiteral("import"), small}, dir.path());
    REQUIRE(baseline.exitCode == 0);

    const Measured refused
        = runMeasured({QStringLiteral("--library"), library, QStringLiteral("import"), big}, dir.path());
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.trimmed()
        == big
            + QStringLiteral(": the file is 500 MiB; Bitext imports files of up to 64 MiB. Split it into smaller "
                             "files and import them one by one."));
    INFO("peak memory: " << refused.peakKiB / 1024 << " MiB (a small import: " << baseline.peakKiB / 1024 << " MiB), "
                         << refused.ms << " ms");
    // Reading the file would have cost 500 MiB, decoding it a gigabyte more.
    CHECK(refused.peakKiB < baseline.peakKiB + 32 * 1024);
    CHECK(refused.ms < 10000);
    WARN("500 MiB transcript refused by bitext import in "
        << refused.ms << " ms, peak memory " << refused.peakKiB / 1024
        << " MiB (a small import: " << baseline.peakKiB / 1024 << " MiB)");

    const auto list
        = test::runBitext({QStringLiteral("--library"), library, QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.count(QStringLiteral("\"id\"")) == 1); // the small one only
}
