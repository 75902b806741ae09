// Benchmark of follow-along on a 20,000-segment timed document: the cost of one position
// report while media plays (finding the segment heard, marking it in both panes, keeping
// it in view, moving the timeline's playhead) including the repaint it causes.
// Target: < 2 ms per update. Run:
//   QT_QPA_PLATFORM=offscreen build/<dir>/tests/bench/bench_follow [--json FILE]
// --json writes the figures for tests/bench/run.sh (CPU milliseconds, as the table).
#include "models/domain/parseddocument.h"
#include "models/item/segmentmodel.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "tests/bench/benchfigures.h"
#include "ui/media/followalong.h"
#include "ui/media/mediacontroller.h"
#include "ui/reader/readerview.h"
#include "ui/timeline/speakertimeline.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace bitext;

namespace {

using bench::median;
using bench::percentile;
using bench::writeJson;

constexpr int kSegments = 20000;
constexpr qint64 kSegmentMs = 3000; // each segment lasts 3 s: 16 2/3 hours in all

double cpuMs()
{
    return bench::cpuMs(CLOCK_THREAD_CPUTIME_ID);
}

ParsedDocument timedDocument()
{
    ParsedDocument p;
    p.document.title = QStringLiteral("Follow-along benchmark");
    p.document.languages = QStringList {QStringLiteral("zh"), QStringLiteral("en")};
    const QStringList speakers {QStringLiteral("Host"), QStringLiteral("Guest"), QStringLiteral("Audience")};
    for (int i = 0; i < kSegments; ++i) {
        Segment s;
        s.ordinal = i;
        s.speaker = speakers.at((i / 3) % speakers.size());
        s.zh = QStringLiteral("我觉得人们非常容易陷入花大量时间去定义这个概念的诱惑。").repeated(1 + i % 3);
        s.en = QStringLiteral("I think people are very tempted to spend a lot of time defining it. ")
                   .repeated(1 + i % 2);
        s.startMs = i * kSegmentMs;
        s.endMs = i * kSegmentMs + kSegmentMs - 400;
        p.segments << s;
    }
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString jsonPath = bench::jsonArgument(app);
    QTemporaryDir dir;
    std::unique_ptr<Library> library = Library::openSqlite(dir.filePath(QStringLiteral("bench.sqlite")));
    const qint64 id = library->documents().insert(timedDocument());

    SegmentModel model;
    model.setLibrary(library.get());
    model.setDocument(id);
    QWidget window;
    ui::ReaderView reader(&model, &window);
    ui::SpeakerTimeline timeline(&model, &window);
    reader.setGeometry(0, 0, 1400, 760);
    timeline.setGeometry(0, 760, 1400, 100);
    window.resize(1400, 860);
    window.show();
    ui::MediaController media; // no file: the benchmark moves the position itself
    ui::FollowAlong follow(&media, &reader, &timeline);
    QCoreApplication::processEvents();

    // Positions as a player reports them (every 40 ms), from several places in the
    // document: most reports stay in the segment heard, some move on to the next one.
    std::vector<double> updates;
    std::vector<double> changes;
    std::vector<double> seeks;
    for (int place = 0; place < 10; ++place) {
        const qint64 from = (qint64(place) * 1997 % kSegments) * kSegmentMs;
        for (qint64 at = from; at < from + 30000; at += 40) {
            const int before = follow.rowAt(at - 40);
            const double cpu = cpuMs();
            follow.show(at, true);
            QCoreApplication::processEvents(); // the repaint it asked for
            const double spent = cpuMs() - cpu;
            // The first report at a place is a seek there (rows never laid out before), counted apart.
            if (at == from) {
                seeks.push_back(spent);
                continue;
            }
            updates.push_back(spent);
            if (follow.rowAt(at) != before)
                changes.push_back(spent);
        }
    }
    const double typical = median(updates);
    const double p95 = percentile(updates, 0.95);
    const double changing = median(changes);
    std::printf("follow-along update on %d segments (search + mark + keep in view + playhead + repaint): median "
                "%.3f ms CPU, p95 %.3f ms; when the segment changes: median %.3f ms (p95 %.3f)  [target < 2 ms] %s\n",
        kSegments, typical, p95, changing, percentile(changes, 0.95), changing < 2 ? "OK" : "MISSED");
    std::printf("the first report after a seek to a far place (its rows laid out): median %.3f ms\n", median(seeks));
    if (!jsonPath.isEmpty()
        && !writeJson(jsonPath,
            QJsonObject {{QStringLiteral("follow_update_median_ms"), typical},
                {QStringLiteral("follow_update_p95_ms"), p95}, {QStringLiteral("follow_change_median_ms"), changing},
                {QStringLiteral("follow_change_p95_ms"), percentile(changes, 0.95)},
                {QStringLiteral("follow_after_seek_median_ms"), median(seeks)}})) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(jsonPath));
        return 2;
    }
    return changing < 2 ? 0 : 1;
}
