#include "tests/app/crash/killrun.h"

#include "tests/support/sanitizerbuild.h"
#include "tests/support/testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>

#include <catch2/catch.hpp>
#include <algorithm>
#include <cstdio>

namespace bitext::test {

KillScenario::KillScenario(const QString &name, int defaultRuns)
    : m_name(name)
{
    bool ok = false;
    const int asked = qEnvironmentVariableIntValue("BITEXT_KILL_RUNS", &ok);
    // The gcc build (CI's ci-qt5) kills defaultRuns times: that is the 50 of 50 the README
    // quotes. The sanitizer build, where every killed bitext runs several times slower,
    // kills a fifth as often: it checks the same states under AddressSanitizer.
    const int runs = sanitizerBuild() ? std::max(10, defaultRuns / 5) : defaultRuns;
    m_runs = ok && asked > 0 ? asked : runs;
    bool fixed = false;
    const quint32 given = qEnvironmentVariable("BITEXT_KILL_SEED").toUInt(&fixed);
    // The printed seed is the one to give back; each scenario draws its own sequence from it.
    // One seed for the whole process: BITEXT_KILL_SEED repeats every scenario of a run.
    static const quint32 clock = quint32(QDateTime::currentMSecsSinceEpoch() % 1000000000);
    m_seed = fixed ? given : clock;
    m_random.seed(m_seed ^ quint32(qHash(name)));
    std::printf("%s: %d kill runs, BITEXT_KILL_SEED=%u repeats them\n", qPrintable(m_name), m_runs, m_seed);
    std::fflush(stdout);
    m_clock.start();
}

KillScenario::~KillScenario()
{
    std::printf("%s\n", qPrintable(summary()));
    std::fflush(stdout);
}

double KillScenario::delayMs(double maxMs)
{
    return std::uniform_real_distribution<double>(0.0, maxMs)(m_random);
}

int KillScenario::number(int below)
{
    return std::uniform_int_distribution<int>(0, below - 1)(m_random);
}

void KillScenario::finish(bool killed, const QStringList &problems)
{
    ++m_done;
    m_killed += killed ? 1 : 0;
    m_survived += problems.isEmpty() ? 1 : 0;
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems.isEmpty());
}

QString KillScenario::summary() const
{
    QStringList outcomes;
    for (auto it = m_outcomes.constBegin(); it != m_outcomes.constEnd(); ++it)
        outcomes << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    return QStringLiteral("%1: %2 of %3 kill runs survived (%4 killed mid-run, the rest finished first%7) in %5 s, "
                          "BITEXT_KILL_SEED=%6")
        .arg(m_name)
        .arg(m_survived)
        .arg(m_done)
        .arg(m_killed)
        .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1)
        .arg(m_seed)
        .arg(outcomes.isEmpty() ? QString() : QStringLiteral("; left ") + outcomes.join(QStringLiteral(", ")));
}

KillOutcome runAndKill(const QStringList &arguments, double delayMs, const QString &program)
{
    KillOutcome outcome;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(program.isEmpty() ? bitextBinary() : program, arguments);
    REQUIRE(process.waitForStarted());
    // Sleep in small steps, so that a process that finishes early is seen finishing.
    const qint64 until = qint64(delayMs * 1000.0);
    while (process.state() == QProcess::Running) {
        const qint64 left = until - clock.nsecsElapsed() / 1000;
        if (left <= 0 || process.waitForFinished(int(qMin<qint64>(left / 1000, 5))))
            break;
        if (left < 1000) {
            QThread::usleep(quint64(left));
            break;
        }
    }
    if (process.state() == QProcess::Running) {
        process.kill(); // SIGKILL on Unix: no handler, no cleanup, as a power cut to the process
        outcome.killed = true;
    }
    // waitForFinished() is false for a process that has ended already.
    if (process.state() != QProcess::NotRunning)
        REQUIRE(process.waitForFinished(60000));
    outcome.killed = outcome.killed && process.exitStatus() == QProcess::CrashExit;
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

double measureBitext(const QStringList &arguments, QString *out)
{
    QElapsedTimer clock;
    clock.start();
    const ProcessResult result = runBitext(arguments, 300000);
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    if (out)
        *out = result.out;
    return ms;
}

void copyLibraryFile(const QString &source, const QString &target)
{
    for (const QString &suffix :
        {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(target + suffix);
        if (QFile::exists(source + suffix))
            REQUIRE(QFile::copy(source + suffix, target + suffix));
    }
}

} // namespace bitext::test
