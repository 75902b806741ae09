// Benchmark of the reader on a 20,000-segment document: time to the first painted screen
// (loading the segments from the library included) and time to scroll one page.
// Targets: first screen < 200 ms, one page < 16 ms. Run:
//   QT_QPA_PLATFORM=offscreen build/<dir>/tests/bench/bench_reader [--json FILE]
// --json writes the figures for tests/bench/run.sh (CPU milliseconds, as the table).
#include "models/domain/parseddocument.h"
#include "models/item/segmentmodel.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "tests/bench/benchfigures.h"
#include "ui/reader/readerview.h"

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

// CPU time of the GUI thread, the reader's own work.
double cpuMs()
{
    return bench::cpuMs(CLOCK_THREAD_CPUTIME_ID);
}

constexpr int kSegments = 20000;

ParsedDocument bigDocument()
{
    ParsedDocument p;
    p.document.title = QStringLiteral("Benchmark");
    p.document.languages = QStringList {QStringLiteral("zh"), QStringLiteral("en")};
    const QStringList speakers {
        QStringLiteral("Host"), QStringLiteral("Amanda Askell"), QStringLiteral("Josh"), QStringLiteral("Audience")};
    const QString zh = QStringLiteral("我觉得人们非常容易陷入花大量时间去定义这个概念的诱惑,因为定义的方式太多了。");
    const QString en = QStringLiteral("I think people are very tempted to spend a lot of time defining the concept, "
                                      "because there are so many ways to define it.");
    for (int i = 0; i < kSegments; ++i) {
        if (i % 250 == 0)
            p.sections << Section {0, 0, int(p.sections.size()), QStringLiteral("Section %1").arg(i / 250 + 1), 1};
        Segment s;
        s.ordinal = i;
        s.sectionOrdinal = int(p.sections.size()) - 1;
        s.speaker = speakers.at((i / 3) % speakers.size());
        // Varying lengths, as in real transcripts.
        s.zh = zh.repeated(1 + i % 4);
        s.en = en.repeated(1 + (i + 1) % 3);
        p.segments << s;
    }
    return p;
}

void paint(ui::ReaderView &view)
{
    for (int i = 0; i < view.paneCount(); ++i)
        view.pane(i)->viewport()->repaint();
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
    QElapsedTimer clock;
    clock.start();
    const qint64 id = library->documents().insert(bigDocument());
    std::printf("stored %d segments in %lld ms\n", kSegments, clock.elapsed());

    std::vector<double> opens;
    std::vector<double> openCpu;
    std::vector<double> loads;
    std::vector<double> queries;
    for (int trial = 0; trial < 3; ++trial) {
        const double cpu = cpuMs();
        library->documents().segments(id);
        queries.push_back(cpuMs() - cpu);
    }
    for (int trial = 0; trial < 5; ++trial) {
        SegmentModel model;
        model.setLibrary(library.get());
        ui::ReaderView view(&model);
        view.resize(1400, 900);
        view.show();
        QCoreApplication::processEvents();
        clock.restart();
        const double cpu = cpuMs();
        model.setDocument(id);
        loads.push_back(cpuMs() - cpu);
        paint(view);
        opens.push_back(clock.nsecsElapsed() / 1e6);
        openCpu.push_back(cpuMs() - cpu);
    }

    SegmentModel model;
    model.setLibrary(library.get());
    model.setDocument(id);
    ui::ReaderView view(&model);
    view.resize(1400, 900);
    view.show();
    QCoreApplication::processEvents();
    paint(view);
    ui::ReaderGeometry *geometry = view.geometry();
    std::vector<double> pages;
    std::vector<double> pageCpu;
    // Page down through the start, then jump to far places (rows never laid out before).
    for (int i = 0; i < 200; ++i) {
        clock.restart();
        const double cpu = cpuMs();
        if (i % 20 == 19)
            geometry->scrollToRow((i * 977) % kSegments);
        else
            geometry->scrollToY(geometry->scrollY() + geometry->viewportHeight());
        paint(view);
        pages.push_back(clock.nsecsElapsed() / 1e6);
        pageCpu.push_back(cpuMs() - cpu);
    }
    clock.restart();
    while (!geometry->allMeasured())
        QCoreApplication::processEvents();
    const qint64 background = clock.elapsed();

    const double open = median(openCpu);
    const double page = median(pageCpu);
    std::printf("reading %d segments from SQLite (DocumentRepository::segments): median %.1f ms CPU\n", kSegments,
        median(queries));
    std::printf("loading the model (query + indexing + row estimates): median %.1f ms CPU\n", median(loads));
    std::printf("first screen (load + layout + paint): median %.1f ms CPU, %.1f ms wall  [target < 200 ms] %s\n", open,
        median(opens), open < 200 ? "OK" : "MISSED");
    std::printf("scroll one page (layout + paint, 2 panes): median %.2f ms CPU (p95 %.2f, max %.2f), %.2f ms wall  "
                "[target < 16 ms] %s\n",
        page, percentile(pageCpu, 0.95), *std::max_element(pageCpu.begin(), pageCpu.end()), median(pages),
        page < 16 ? "OK" : "MISSED");
    std::printf("measuring the remaining rows in idle time took %lld ms wall (in 6 ms slices)\n", background);
    if (!jsonPath.isEmpty()
        && !writeJson(jsonPath,
            QJsonObject {{QStringLiteral("first_screen_ms"), open},
                {QStringLiteral("first_screen_wall_ms"), median(opens)},
                {QStringLiteral("page_scroll_median_ms"), page},
                {QStringLiteral("page_scroll_p95_ms"), percentile(pageCpu, 0.95)},
                {QStringLiteral("page_scroll_wall_median_ms"), median(pages)},
                {QStringLiteral("segments_query_ms"), median(queries)},
                {QStringLiteral("background_measure_ms"), double(background)}})) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(jsonPath));
        return 2;
    }
    return open < 200 && page < 16 ? 0 : 1;
}
