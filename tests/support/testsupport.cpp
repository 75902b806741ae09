#include "tests/support/testsupport.h"

#include "tests/support/postgresserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>

namespace bitext::test {

bool testingPostgres()
{
    return qEnvironmentVariable("BITEXT_TEST_BACKEND") == QLatin1String("postgresql");
}

TemporaryLibrary::TemporaryLibrary()
{
    if (testingPostgres()) {
        PostgresServer &server = PostgresServer::instance();
        m_serverDatabase = server.createDatabase();
        m_path = server.settings(m_serverDatabase).url();
    } else {
        m_path = m_dir.path() + QStringLiteral("/library.sqlite");
    }
    m_library = Library::open(m_path);
}

TemporaryLibrary::~TemporaryLibrary()
{
    m_library.reset();
    // A fixture that outlives main() (a static one) finds the server gone, and its
    // database with it.
    if (!m_serverDatabase.isEmpty() && PostgresServer::current())
        PostgresServer::current()->dropDatabase(m_serverDatabase);
}

void TemporaryLibrary::reopen()
{
    m_library.reset();
    m_library = Library::open(m_path);
}

QString dataPath(const QString &name)
{
    QString dir = qEnvironmentVariable("BITEXT_TEST_DATA");
    if (dir.isEmpty())
        dir = QStringLiteral(BITEXT_SOURCE_DIR "/tests/data");
    return QDir(dir).absoluteFilePath(name);
}

QString bitextBinary()
{
    return qEnvironmentVariable("BITEXT_BINARY");
}

std::unique_ptr<QProcess> startBitext(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // the command line must not need one
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process->setProcessEnvironment(env);
    process->start(bitextBinary(), arguments);
    if (!process->waitForStarted())
        return nullptr;
    return process;
}

ProcessResult runBitext(const QStringList &arguments, int timeoutMs)
{
    const std::unique_ptr<QProcess> started = startBitext(arguments);
    if (!started)
        return {-1, {}, QStringLiteral("could not start %1").arg(bitextBinary())};
    QProcess &process = *started;
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

ProcessResult runBitextWithInput(const QStringList &arguments, const QByteArray &input, const QStringList &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    for (const QString &entry : environment) {
        if (entry.contains(QLatin1Char('=')))
            env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
        else
            env.remove(entry);
    }
    process.setProcessEnvironment(env);
    process.start(bitextBinary(), arguments);
    if (!process.waitForStarted())
        return {-1, {}, QStringLiteral("could not start %1").arg(bitextBinary())};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, QStringLiteral("timed out")};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        // deleteLater() is done by the event loop it was called in; a test has none
        // running, and Qt 5's processEvents() leaves deferred deletes alone.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QThread::msleep(5);
    }
    return true;
}

QString writeTextFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(text.toUtf8()) == text.toUtf8().size());
    return path;
}

} // namespace bitext::test
