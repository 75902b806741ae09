#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QMap>
#include <QString>
#include <QStringList>

#include <random>

namespace bitext::test {

// One kill scenario: how many runs (BITEXT_KILL_RUNS, default 50), the random source
// (BITEXT_KILL_SEED, default the clock; printed so that a failing run can be repeated
// exactly) and the tally printed at the end ("50 of 50 kill runs survived").
class KillScenario
{
public:
    explicit KillScenario(const QString &name, int defaultRuns = 50);
    ~KillScenario();

    int runs() const { return m_runs; }
    quint32 seed() const { return m_seed; }
    // A delay drawn uniformly from [0, maxMs] (milliseconds, fractional).
    double delayMs(double maxMs);
    int number(int below);
    std::mt19937 &random() { return m_random; }

    // Counts one kill run and fails the test, showing the problems, unless there are none.
    void finish(bool killed, const QStringList &problems);
    // Counts what a run left (e.g. "untouched", "complete"), shown in the summary.
    void count(const QString &outcome) { ++m_outcomes[outcome]; }
    // The line for the report, e.g. "import: 50 of 50 kill runs survived (47 killed mid-run) in 61 s".
    QString summary() const;

private:
    QString m_name;
    int m_runs = 50;
    quint32 m_seed = 0;
    std::mt19937 m_random;
    int m_done = 0;
    int m_killed = 0;
    int m_survived = 0;
    QMap<QString, int> m_outcomes;
    QElapsedTimer m_clock;
};

struct KillOutcome
{
    bool killed = false; // SIGKILL arrived while it ran (else it finished by itself)
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Starts program (bitext when empty) with arguments, lets it run delayMs, then sends
// SIGKILL unless it has finished already, and waits for it to end.
KillOutcome runAndKill(const QStringList &arguments, double delayMs, const QString &program = QString());

// Runs bitext with arguments undisturbed, failing the test unless it succeeds; returns how
// long it took (milliseconds), the span the kill moments are drawn from.
double measureBitext(const QStringList &arguments, QString *out = nullptr);

// Copies a closed SQLite library (the file and any -wal beside it) to target, replacing it.
void copyLibraryFile(const QString &source, const QString &target);

} // namespace bitext::test
