#include "tests/support/nullaudiosink.h"

#include "models/core/error.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

namespace bitext::test {

namespace {

const QString kSink = QStringLiteral("bitext_null");

std::unique_ptr<NullAudioSink> &theSink()
{
    static std::unique_ptr<NullAudioSink> sink;
    return sink;
}

} // namespace

void NullAudioSink::ensure()
{
    std::unique_ptr<NullAudioSink> &sink = theSink();
    if (sink)
        return;
    sink.reset(new NullAudioSink());
    try {
        sink->start();
    } catch (...) {
        sink.reset();
        throw;
    }
}

void NullAudioSink::shutdown()
{
    theSink().reset();
}

QString NullAudioSink::monitorSource()
{
    return kSink + QStringLiteral(".monitor");
}

QString NullAudioSink::serverAddress()
{
    return theSink() ? QStringLiteral("unix:") + theSink()->m_dir.filePath(QStringLiteral("native")) : QString();
}

void NullAudioSink::start()
{
    if (!m_dir.isValid())
        throw Error(QStringLiteral("no temporary folder for the audio server"));
    const QString socket = m_dir.filePath(QStringLiteral("native"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Its runtime, state and cookie folders are the temporary folder: nothing of the
    // user's (or another test's) PulseAudio is read or written.
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("PULSE_STATE_PATH"), m_dir.filePath(QStringLiteral("state")));
    env.insert(QStringLiteral("PULSE_RUNTIME_PATH"), m_dir.filePath(QStringLiteral("runtime")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    m_server.setProcessEnvironment(env);
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    // -n: no default.pa (no sound cards, no desktop modules), only what is loaded here.
    // A server left behind by a killed test exits once its last client has gone.
    m_server.start(QStringLiteral("pulseaudio"),
        {QStringLiteral("-n"), QStringLiteral("--daemonize=no"), QStringLiteral("--use-pid-file=no"),
            QStringLiteral("--system=no"), QStringLiteral("--disable-shm=yes"), QStringLiteral("--exit-idle-time=60"),
            QStringLiteral("--log-target=stderr"), QStringLiteral("--log-level=error"),
            QStringLiteral("--load=module-native-protocol-unix socket=%1 auth-anonymous=1").arg(socket),
            QStringLiteral("--load=module-null-sink sink_name=%1 rate=44100").arg(kSink)});
    if (!m_server.waitForStarted(10000))
        throw Error(QStringLiteral("cannot start pulseaudio: %1").arg(m_server.errorString()));
    const QDeadlineTimer deadline(15000);
    while (!QFile::exists(socket)) {
        if (m_server.state() != QProcess::Running || deadline.hasExpired())
            throw Error(QStringLiteral("pulseaudio did not start: %1").arg(QString::fromLocal8Bit(m_server.readAll())));
        QThread::msleep(20);
    }
    qputenv("PULSE_SERVER", QFile::encodeName(QStringLiteral("unix:") + socket));
    qputenv("PULSE_SINK", kSink.toUtf8());
    qunsetenv("PULSE_COOKIE");
}

NullAudioSink::~NullAudioSink()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(5000)) {
            m_server.kill();
            m_server.waitForFinished(2000);
        }
    }
    qunsetenv("PULSE_SERVER");
    qunsetenv("PULSE_SINK");
}

} // namespace bitext::test
