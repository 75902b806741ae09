#pragma once

#include "models/store/library.h"
#include "tests/support/catchqt.h"
#include "tests/support/seedfiles.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace bitext::test {

// True when BITEXT_TEST_BACKEND=postgresql: TemporaryLibrary then makes its library
// on the process's PostgreSQL test server (tests/CMakeLists.txt registers a second
// run of the store, import, search, annotate and export suites that way).
bool testingPostgres();

// A library in a fresh temporary folder, removed with the fixture; on PostgreSQL a
// fresh database on the test server, dropped with the fixture.
class TemporaryLibrary
{
public:
    TemporaryLibrary();
    ~TemporaryLibrary();
    Library &operator*() { return *m_library; }
    Library *operator->() { return m_library.get(); }
    Library &library() { return *m_library; }
    // The library file, or the server library's URL.
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Closes and reopens the library (to prove data reached the disk or the server).
    void reopen();
    void close() { m_library.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_serverDatabase;
    std::unique_ptr<Library> m_library;
};

// tests/data/NAME.
QString dataPath(const QString &name);
// The built bitext executable.
QString bitextBinary();

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Starts the bitext executable headless (no display, no platform chosen: the command
// line must not need one) without waiting for it; null when it cannot start.
std::unique_ptr<QProcess> startBitext(const QStringList &arguments);
// Runs the bitext executable with arguments (headless) and waits for it.
ProcessResult runBitext(const QStringList &arguments, int timeoutMs = 120000);
// The same with standard input a pipe that gives input and then ends (not a terminal),
// and the environment changed: "NAME=value" sets a variable, "NAME" removes it.
ProcessResult runBitextWithInput(
    const QStringList &arguments, const QByteArray &input, const QStringList &environment = {});

// Writes text as UTF-8 to dir/name and returns the path (a test fixture file).
QString writeTextFile(const QTemporaryDir &dir, const QString &name, const QString &text);

// Polls until the condition holds or the timeout passes, processing events.
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 5000);

} // namespace bitext::test
