// One window per library: a second `bitext [FILE...]` on a library that a window already
// has hands its files to that window and exits; another library gets its own window.
// These run the real bitext (offscreen); each test case has its own XDG_RUNTIME_DIR, so
// the sockets never meet those of another test process and vanish with the folder.
#include "app/cli/commandline.h"
#include "app/singleinstance.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <memory>

using namespace bitext;
using namespace bitext::test;

namespace {

struct InstanceFixture
{
    InstanceFixture() { qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path())); }
    ~InstanceFixture()
    {
        for (const auto &process : processes) {
            process->terminate();
            if (!process->waitForFinished(10000))
                process->kill();
            process->waitForFinished();
        }
        qunsetenv("XDG_RUNTIME_DIR");
    }

    // Starts bitext as the desktop does, without a command (so with a window, offscreen).
    QProcess *start(const QStringList &arguments, const QString &workingDirectory = QString())
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process->setProcessEnvironment(env);
        process->setWorkingDirectory(workingDirectory);
        process->start(bitextBinary(), arguments);
        REQUIRE(process->waitForStarted());
        processes.push_back(std::move(process));
        return processes.back().get();
    }

    QStringList onLibrary(const QString &library, const QStringList &files = {}) const
    {
        return QStringList {QStringLiteral("--library"), library} + files;
    }

    QTemporaryDir runtime {QDir::tempPath() + QStringLiteral("/bitext-run-XXXXXX")};
    std::vector<std::unique_ptr<QProcess>> processes;
};

bool listening(const QString &library)
{
    QLocalSocket probe;
    probe.connectToServer(SingleInstance::serverName(library));
    return probe.waitForConnected(200);
}

int documentCount(const QString &library)
{
    const ProcessResult result
        = runBitext({QStringLiteral("--library"), library, QStringLiteral("list"), QStringLiteral("--json")});
    return result.exitCode == 0 ? int(QJsonDocument::fromJson(result.out.toUtf8()).array().size()) : -1;
}

bool finishes(QProcess *process, int timeoutMs = 30000)
{
    return waitFor([process] { return process->state() == QProcess::NotRunning; }, timeoutMs);
}

} // namespace

TEST_CASE("A second bitext FILE on the same library hands the file to the running window and exits", "[instance]")
{
    InstanceFixture f;
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    QProcess *first = f.start(f.onLibrary(library));
    REQUIRE(waitFor([&] { return listening(library); }, 60000));

    QElapsedTimer clock;
    clock.start();
    QProcess *second = f.start(f.onLibrary(library, {dataPath(QStringLiteral("import/subtitles.srt"))}));
    REQUIRE(finishes(second));
    CHECK(second->exitCode() == 0);
    CHECK(clock.elapsed() < 15000); // it opened no window of its own
    // The first window imported it.
    CHECK(waitFor([&] { return documentCount(library) == 1; }, 60000));
    CHECK(first->state() == QProcess::Running);
}

TEST_CASE("The running window receives the files as absolute paths, or none to come to the front", "[instance]")
{
    InstanceFixture f;
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    SingleInstance running;
    REQUIRE(running.start(library, {}) == SingleInstance::Delivery::NoInstance);
    CHECK(running.currentName() == SingleInstance::serverName(library));
    QSignalSpy received(&running, &SingleInstance::filesReceived);

    // As a file manager starts it: in the file's folder, with two names.
    const QString folder = QFileInfo(dataPath(QStringLiteral("import/voices.vtt"))).absolutePath();
    QProcess *second
        = f.start(f.onLibrary(library, {QStringLiteral("voices.vtt"), QStringLiteral("article.md")}), folder);
    REQUIRE(waitFor([&] { return received.count() == 1 && second->state() == QProcess::NotRunning; }, 60000));
    CHECK(second->exitCode() == 0);
    CHECK(received.at(0).at(0).toStringList()
        == QStringList {folder + QStringLiteral("/voices.vtt"), folder + QStringLiteral("/article.md")});

    QProcess *third = f.start(f.onLibrary(library));
    REQUIRE(waitFor([&] { return received.count() == 2 && third->state() == QProcess::NotRunning; }, 60000));
    CHECK(third->exitCode() == 0);
    CHECK(received.at(1).at(0).toStringList().isEmpty());
}

TEST_CASE("Another library opens its own window beside the running one", "[instance]")
{
    InstanceFixture f;
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.sqlite"));
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    CHECK(SingleInstance::serverName(first) != SingleInstance::serverName(second));
    SingleInstance running;
    REQUIRE(running.start(first, {}) == SingleInstance::Delivery::NoInstance);
    QSignalSpy received(&running, &SingleInstance::filesReceived);

    QProcess *other = f.start(f.onLibrary(second, {dataPath(QStringLiteral("import/subtitles.srt"))}));
    REQUIRE(waitFor([&] { return listening(second); }, 60000));
    CHECK(waitFor([&] { return documentCount(second) == 1; }, 60000));
    CHECK(other->state() == QProcess::Running);
    CHECK(received.isEmpty());
}

TEST_CASE("A window that opens another library serves that one instead", "[instance]")
{
    InstanceFixture f;
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.sqlite"));
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    SingleInstance window;
    REQUIRE(window.start(first, {}) == SingleInstance::Delivery::NoInstance);
    window.serve(second);
    CHECK(window.currentName() == SingleInstance::serverName(second));
    CHECK(listening(second));
    CHECK_FALSE(listening(first));

    // A library another window already serves stays that window's.
    SingleInstance other;
    REQUIRE(other.start(first, {}) == SingleInstance::Delivery::NoInstance);
    window.serve(first);
    CHECK(window.currentName().isEmpty());
    CHECK(other.currentName() == SingleInstance::serverName(first));
}

TEST_CASE("Two bitext started at once on one library end as one window with both files", "[instance]")
{
    InstanceFixture f;
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    QProcess *a = f.start(f.onLibrary(library, {dataPath(QStringLiteral("import/subtitles.srt"))}));
    QProcess *b = f.start(f.onLibrary(library, {dataPath(QStringLiteral("import/voices.vtt"))}));
    // One of them hands its file to the other and ends.
    REQUIRE(waitFor([&] { return a->state() == QProcess::NotRunning || b->state() == QProcess::NotRunning; }, 60000));
    QProcess *ended = a->state() == QProcess::NotRunning ? a : b;
    CHECK(ended->exitCode() == 0);
    CHECK(waitFor([&] { return documentCount(library) == 2; }, 60000));
    CHECK((a->state() == QProcess::Running) != (b->state() == QProcess::Running));
}

TEST_CASE("A socket left by a crashed window does not stop the next start", "[instance]")
{
    InstanceFixture f;
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    const QString name = SingleInstance::serverName(library);
    REQUIRE(name.startsWith(f.runtime.path() + QLatin1Char('/')));

    // Bound and closed without unlinking: what a killed process leaves behind.
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray path = QFile::encodeName(name);
    REQUIRE(size_t(path.size()) < sizeof(address.sun_path));
    memcpy(address.sun_path, path.constData(), size_t(path.size()));
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0);
    ::close(fd);
    REQUIRE(QFileInfo::exists(name));
    REQUIRE_FALSE(listening(library));

    SingleInstance instance;
    CHECK(instance.start(library, {}) == SingleInstance::Delivery::NoInstance);
    CHECK(listening(library));
}

TEST_CASE("The socket name depends on the user and the library file, not its spelling", "[instance]")
{
    InstanceFixture f;
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    const QString name = SingleInstance::serverName(library);
    CHECK(QFileInfo(name).fileName().startsWith(QStringLiteral("bitext-%1-").arg(::getuid())));
    CHECK(QFileInfo(name).absolutePath() == f.runtime.path());

    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    CHECK(SingleInstance::serverName(dir.filePath(QStringLiteral("sub/../library.sqlite"))) == name);
    REQUIRE(QFile::link(dir.path(), dir.filePath(QStringLiteral("sub/link"))));
    QFile(library).open(QIODevice::WriteOnly); // a library that exists is named by its real path
    CHECK(SingleInstance::serverName(dir.filePath(QStringLiteral("sub/link/library.sqlite"))) == name);
    CHECK(SingleInstance::serverName(dir.filePath(QStringLiteral("other.sqlite"))) != name);

    // Without a runtime folder the name is a plain one, in Qt's temporary folder.
    qunsetenv("XDG_RUNTIME_DIR");
    CHECK(SingleInstance::serverName(library) == QFileInfo(name).fileName());
}

TEST_CASE("bitext FILE opens the window; a word that is no file stays a command", "[instance][cli]")
{
    const QString file = dataPath(QStringLiteral("import/subtitles.srt"));
    const QString bitext = QStringLiteral("bitext");
    CHECK_FALSE(cli::wantsCommandLine({bitext, file}));
    CHECK_FALSE(cli::wantsCommandLine({bitext, QStringLiteral("--library"), QStringLiteral("x.sqlite"), file, file}));
    CHECK(cli::wantsCommandLine({bitext, QStringLiteral("list")}));
    CHECK(cli::wantsCommandLine({bitext, file, QStringLiteral("--version")}));
    CHECK(cli::wantsCommandLine({bitext, QStringLiteral("missing.srt")}));

    const ProcessResult missing = runBitext({QStringLiteral("missing.srt")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("unknown command 'missing.srt'")));
}
