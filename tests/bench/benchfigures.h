#pragma once

// What every benchmark executable reports: CPU time beside wall time (the machine may be
// shared, and wall time then measures the neighbours too), medians and percentiles.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace bitext::bench {

// CPU time in ms of the given clock: CLOCK_PROCESS_CPUTIME_ID for single-threaded work,
// CLOCK_THREAD_CPUTIME_ID for the GUI thread's share.
inline double cpuMs(clockid_t clock = CLOCK_PROCESS_CPUTIME_ID)
{
    timespec t {};
    clock_gettime(clock, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

// The value at fraction q of the sorted values (0.5: the median), 0 for none.
inline double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t index = std::min(v.size() - 1, size_t(q * double(v.size())));
    return v.at(index);
}

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.at(v.size() / 2);
}

// Writes a benchmark's figures for tests/bench/run.sh (--json FILE; nothing for an empty
// path); false, said on stderr, when the file cannot be written.
inline bool writeJson(const QString &path, const QJsonObject &figures)
{
    if (path.isEmpty())
        return true;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(figures).toJson()) < 0 || !file.commit()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

// The one option a benchmark without options of its own takes: --json FILE (and --help).
// Returns FILE, empty without the option.
inline QString jsonArgument(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write the figures as JSON."), QStringLiteral("FILE")});
    parser.process(app);
    return parser.value(QStringLiteral("json"));
}

} // namespace bitext::bench
