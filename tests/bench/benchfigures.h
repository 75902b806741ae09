#pragma once

// What every benchmark executable reports: CPU time beside wall time (the machine may be
// shared, and wall time then measures the neighbours too), medians and percentiles.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

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

// Writes the figures for --json FILE (nothing for an empty path); false, said on stderr,
// when the file cannot be written.
inline bool writeJson(const QString &path, const QJsonObject &json)
{
    if (path.isEmpty())
        return true;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

} // namespace bitext::bench
