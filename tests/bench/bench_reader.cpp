// Benchmark of the reader on a 20,000-segment document: time to the first painted screen
// (loading the segments from the library included) and time to scroll one page.
// Targets: first screen < 200 ms, one page < 16 ms. Run:
//   QT_QPA_PLATFORM=offscreen build/<dir>/tests/bench/bench_reader
#include "models/domain/parseddocument.h"
#include "models/item/segmentmodel.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "ui/reader/readerview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace bitext;

namespace {

constexpr int kSegments = 20000;

ParsedDocument bigDocument()
{
    ParsedDocument p;
    p.document.title = QStringLiteral("Benchmark");
    p.document.languages = QStringList{QStringLiteral("zh"), QStringLiteral("en")};
    const QStringList speakers{QStringLiteral("Host"), QStringLiteral("Amanda Askell"), QStringLiteral("Josh"),
                               QStringLiteral("Audience")};
    const QString zh = QStringLiteral("我觉得人们非常容易陷入花大量时间去定义这个概念的诱惑,因为定义的方式太多了。");
    const QString en = QStringLiteral("I think people are very tempted to spend a lot of time defining the concept, "
                                      "because there are so many ways to define it.");
    for (int i = 0; i < kSegments; ++i) {
        if (i % 250 == 0)
            p.sections << Section{0, 0, int(p.sections.size()), QStringLiteral("Section %1").arg(i / 250 + 1), 1};
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

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.at(v.size() / 2);
}

double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.at(std::min(v.size() - 1, size_t(q * double(v.size()))));
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
    QTemporaryDir dir;
    std::unique_ptr<Library> library = Library::openSqlite(dir.filePath(QStringLiteral("bench.sqlite")));
    QElapsedTimer clock;
    clock.start();
    const qint64 id = library->documents().insert(bigDocument());
    std::printf("stored %d segments in %lld ms\n", kSegments, clock.elapsed());

    std::vector<double> opens;
    std::vector<double> loads;
    for (int trial = 0; trial < 5; ++trial) {
        SegmentModel model;
        model.setLibrary(library.get());
        ui::ReaderView view(&model);
        view.resize(1400, 900);
        view.show();
        QCoreApplication::processEvents();
        clock.restart();
        model.setDocument(id);
        loads.push_back(clock.nsecsElapsed() / 1e6);
        paint(view);
        opens.push_back(clock.nsecsElapsed() / 1e6);
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
    // Page down through the start, then jump to far places (rows never laid out before).
    for (int i = 0; i < 200; ++i) {
        clock.restart();
        if (i % 20 == 19)
            geometry->scrollToRow((i * 977) % kSegments);
        else
            geometry->scrollToY(geometry->scrollY() + geometry->viewportHeight());
        paint(view);
        pages.push_back(clock.nsecsElapsed() / 1e6);
    }
    clock.restart();
    while (!geometry->allMeasured())
        QCoreApplication::processEvents();
    const qint64 background = clock.elapsed();

    const double open = median(opens);
    const double page = median(pages);
    std::printf("load %d segments from the library: median %.1f ms\n", kSegments, median(loads));
    std::printf("first screen (load + layout + paint): median %.1f ms, max %.1f ms  [target < 200 ms] %s\n", open,
                *std::max_element(opens.begin(), opens.end()), open < 200 ? "OK" : "MISSED");
    std::printf("scroll one page (layout + paint, 2 panes): median %.2f ms, p95 %.2f ms, max %.2f ms  [target < 16 ms] %s\n",
                page, percentile(pages, 0.95), *std::max_element(pages.begin(), pages.end()), page < 16 ? "OK" : "MISSED");
    std::printf("measuring the remaining rows in idle time took %lld ms (in 6 ms slices)\n", background);
    return open < 200 && page < 16 ? 0 : 1;
}
