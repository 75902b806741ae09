// Word frequency benchmark (issue 19): counts the words of a library (every segment
// side, ICU word breaks) the way the Words view does, and reports
//   fresh    the first count: every document segmented (on all cores, QtConcurrent),
//            the counts then written to the cache file (WordCountFile, removed first);
//   cached   the same count again, whole documents' counts from the WordCountCache;
//   changed  a count after one document left the memory cache (read back from the file);
//   next process  a new WordCountCache, as a new window or `bitext report frequency`:
//            every document's segments read and stamped, the counts read from the file;
//   concordance  every line of one word.
// plus the segmentation speed alone (segments per second) on one thread.
//
//   bench_words --library FILE [--documents N] [--threads N] [--word W] [--json FILE]
//
// The library is only read. tests/bench's 1M corpus (turns-1m) imported by run.sh is
// the one the README's figure is for.
#include "models/analysis/concordance.h"
#include "models/analysis/wordbreaker.h"
#include "models/analysis/wordcountfile.h"
#include "models/analysis/wordfrequency.h"
#include "models/domain/document.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "tests/bench/benchfigures.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QThreadPool>

#include <cstdio>

using namespace bitext;

namespace {

struct Timed
{
    double wallMs = 0;
    double cpuMs = 0;
};

template<typename F> Timed timed(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu = bench::cpuMs();
    work();
    return {timer.nsecsElapsed() / 1e6, bench::cpuMs() - cpu};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("library"), QStringLiteral("The library to count."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("documents"), QStringLiteral("Only the first N documents."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("threads"), QStringLiteral("Worker threads (default: the cores)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("word"), QStringLiteral("The concordance's word."), QStringLiteral("W"),
        QStringLiteral("对齐")});
    parser.addOption({QStringLiteral("next-process-only"),
        QStringLiteral("Only the count of a new process, from the cache file an earlier run wrote.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write the figures as JSON."), QStringLiteral("FILE")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("library"))) {
        std::fprintf(stderr, "bench_words: --library FILE is needed\n");
        return 2;
    }
    if (parser.isSet(QStringLiteral("threads")))
        QThreadPool::globalInstance()->setMaxThreadCount(parser.value(QStringLiteral("threads")).toInt());

    auto library = Library::openSqlite(parser.value(QStringLiteral("library")), Library::Marker::AtFirstWrite);
    AnalysisFilter filter;
    const QList<DocumentSummary> documents = library->documents().list();
    int segments = 0;
    const int limit = parser.isSet(QStringLiteral("documents")) ? parser.value(QStringLiteral("documents")).toInt()
                                                                : int(documents.size());
    for (const DocumentSummary &summary : documents) {
        if (filter.documentIds.size() >= limit)
            break;
        filter.documentIds << summary.document.id;
        segments += summary.segmentCount;
    }
    std::fprintf(stderr, "%d documents, %d segments, %d threads\n", int(filter.documentIds.size()), segments,
        QThreadPool::globalInstance()->maxThreadCount());

    if (parser.isSet(QStringLiteral("next-process-only"))) {
        WordCountCache nextCache(*library);
        WordFrequencyOptions options;
        const Timed next = timed([&] { WordFrequency::compute(*library, filter, options, &nextCache); });
        std::fprintf(stderr, "next process, from the cache file: %.0f ms wall, %.0f ms CPU (%d read, %d counted)\n",
            next.wallMs, next.cpuMs, nextCache.storedHits(), nextCache.storedMisses());
        return 0;
    }

    // Segmentation alone, one thread: the first document's segments.
    const QList<Segment> sample = library->documents().segments(filter.documentIds.first());
    qint64 tokens = 0;
    const Timed alone = timed([&] {
        for (const Segment &s : sample)
            tokens += WordBreaker::words(s.zh).size() + WordBreaker::words(s.en).size();
    });
    const double perSecond = sample.size() / (alone.wallMs / 1000.0);
    std::fprintf(stderr, "ICU alone: %d segments in %.0f ms (%.0f segments/s, %lld words)\n", int(sample.size()),
        alone.wallMs, perSecond, tokens);

    // The user's cache folder: the file of this library is removed, then written.
    WordCountCache cache(*library);
    QFile::remove(WordCountFile::pathFor(WordCountFile::identity(*library)));
    WordFrequencyOptions options;
    options.stopWords = StopWords(StopWords::defaults(Side::Zh), StopWords::defaults(Side::En));
    QList<WordFrequencyGroup> groups;
    const Timed fresh = timed([&] { groups = WordFrequency::compute(*library, filter, options, &cache); });
    std::fprintf(stderr, "fresh count: %.0f ms wall, %.0f ms CPU (%lld units, %d words)\n", fresh.wallMs, fresh.cpuMs,
        groups.first().units, int(groups.first().rows.size()));
    const Timed cached = timed([&] { groups = WordFrequency::compute(*library, filter, options, &cache); });
    std::fprintf(stderr, "cached count: %.0f ms wall, %.0f ms CPU\n", cached.wallMs, cached.cpuMs);
    options.grouping = WordGrouping::Speaker;
    const Timed bySpeaker = timed([&] { groups = WordFrequency::compute(*library, filter, options, &cache); });
    std::fprintf(stderr, "cached count by speaker: %.0f ms wall\n", bySpeaker.wallMs);
    options.grouping = WordGrouping::None;
    cache.forget(filter.documentIds.first());
    const Timed changed = timed([&] { groups = WordFrequency::compute(*library, filter, options, &cache); });
    std::fprintf(stderr, "one document changed: %.0f ms wall\n", changed.wallMs);
    WordCountCache nextCache(*library);
    const Timed next = timed([&] { groups = WordFrequency::compute(*library, filter, options, &nextCache); });
    std::fprintf(stderr,
        "next process, from the cache file: %.0f ms wall, %.0f ms CPU (%d documents read, %d counted)\n", next.wallMs,
        next.cpuMs, nextCache.storedHits(), nextCache.storedMisses());
    int lines = 0;
    const Timed concordance
        = timed([&] { lines = int(Concordance::find(*library, parser.value(QStringLiteral("word")), filter).size()); });
    std::fprintf(stderr, "concordance of %s: %d lines in %.0f ms\n", qPrintable(parser.value(QStringLiteral("word"))),
        lines, concordance.wallMs);

    const QJsonObject figures {{QStringLiteral("documents"), int(filter.documentIds.size())},
        {QStringLiteral("segments"), segments},
        {QStringLiteral("threads"), QThreadPool::globalInstance()->maxThreadCount()},
        {QStringLiteral("icu_segments_per_s"), perSecond}, {QStringLiteral("fresh_ms"), fresh.wallMs},
        {QStringLiteral("fresh_cpu_ms"), fresh.cpuMs}, {QStringLiteral("cached_ms"), cached.wallMs},
        {QStringLiteral("cached_by_speaker_ms"), bySpeaker.wallMs}, {QStringLiteral("one_changed_ms"), changed.wallMs},
        {QStringLiteral("next_process_ms"), next.wallMs}, {QStringLiteral("next_process_cpu_ms"), next.cpuMs},
        {QStringLiteral("concordance_ms"), concordance.wallMs}, {QStringLiteral("concordance_lines"), lines}};
    return bench::writeJson(parser.value(QStringLiteral("json")), figures) ? 0 : 1;
}
