#pragma once

#include "models/store/library.h"
#include "tests/support/catchqt.h"

#include <QString>
#include <QStringList>
#include <QProcess>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace bitext::test {

// A library in a fresh temporary folder, removed with the fixture.
class TemporaryLibrary
{
public:
    TemporaryLibrary();
    Library &operator*() { return *m_library; }
    Library *operator->() { return m_library.get(); }
    Library &library() { return *m_library; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Closes and reopens the library file (to prove data reached the disk).
    void reopen();
    void close() { m_library.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Library> m_library;
};

// ../shared/seeds/NAME relative to the project (BITEXT_SEEDS overrides).
QString seedPath(const QString &name);
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

// Polls until the condition holds or the timeout passes, processing events.
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 5000);

} // namespace bitext::test
