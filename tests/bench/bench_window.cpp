// Benchmark of the window at library scale: cold start (process start, dynamic loading
// included, to the main window painted) on a library, the time to show a document, and
// the peak memory. Each figure is the median of several processes, each started as
// `bitext` starts the window (WindowStart), in its own settings folder:
//   - cold start, no document to restore, then a document opened as from the sidebar
//     (--document ID) or as `bitext FILE` opens it (--document-file PATH);
//   - cold start reopening that document where the last session left it.
// With --audit the first kind also times what the user does next on the GUI thread
// (filter the sidebar, switch documents, find, search, the codebook); Find's index of a
// 20,000-segment document then counts in the peak memory.
// Targets: cold start < 500 ms, peak RSS < 300 MB (1M-segment library, the 20,000-segment
// document on screen). Wall and CPU times are both given: on a loaded machine the CPU
// time is the repeatable one. Run:
//   QT_QPA_PLATFORM=offscreen build/bench/tests/bench/bench_window --library LIB
//     --document ID [--audit] [--runs 5] [--json FILE]
// The library's pages are in the page cache after the first run: "cold" is the process,
// not the disk. A first run, not counted, also takes the library's daily backup.
// (turns-20k/turns-00001.txt has the file name of turns-1m's first file: imported into
// the 1M library under that name it is taken for a changed version of it and refused.)
#include "app/applicationsetup.h"
#include "app/windowstart.h"
#include "models/item/segmentmodel.h"
#include "tests/bench/benchfigures.h"
#include "ui/annotate/annotationcontroller.h"
#include "ui/mainwindow/fileopener.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/reader/readerpane.h"
#include "ui/reader/readerview.h"
#include "ui/search/findbar.h"
#include "ui/search/librarysearchpanel.h"
#include "ui/search/searchcontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace bitext;

namespace {

using bench::cpuMs;

// Milliseconds since this process started, by the kernel's clock: what a user waits
// from launching, the dynamic loader and static initialisers included.
double sinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime, in clock ticks since boot) counts from after the command name,
    // which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = now.tv_sec * 1e3 + now.tv_nsec / 1e6;
    return nowMs - startTicks * 1e3 / double(sysconf(_SC_CLK_TCK));
}

// A line of /proc/self/status in MB (VmHWM: peak resident memory; VmRSS: now).
double statusMb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key)) + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Runs the event loop until widget has painted (the whole window's repaint, which
// painted it, has ended) or timeoutMs pass; false on the timeout.
bool waitForPaint(QWidget *widget, int timeoutMs = 60000)
{
    struct Probe : QObject
    {
        QEventLoop loop;
        bool painted = false;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && !painted) {
                painted = true;
                // After this event: the rest of the repaint and the flush to the screen.
                QTimer::singleShot(0, &loop, &QEventLoop::quit);
            }
            return false;
        }
    } probe;
    widget->installEventFilter(&probe);
    widget->update();
    QTimer::singleShot(timeoutMs, &probe.loop, &QEventLoop::quit);
    probe.loop.exec();
    widget->removeEventFilter(&probe);
    return probe.painted;
}

// The longest the event loop went without turning during ms: what a user would feel as
// the window not answering (work left on the GUI thread after the first paint).
double longestStall(int ms)
{
    QElapsedTimer clock;
    clock.start();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(5);
    qint64 last = clock.nsecsElapsed();
    double longest = 0;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, (now - last) / 1e6 - 5);
        last = now;
    });
    tick.start();
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return std::max(0.0, longest);
}

// What the user does at library scale, each timed on the GUI thread until the window has
// repainted: the figures of the audit (GUI thread < 50 ms each).
const QList<QPair<QString, QString>> kAuditActions {
    {QStringLiteral("audit_filter_sidebar_ms"), QStringLiteral("filter the sidebar (type a word)")},
    {QStringLiteral("audit_clear_filter_ms"), QStringLiteral("clear the sidebar filter")},
    {QStringLiteral("audit_switch_document_ms"), QStringLiteral("switch to a 1,000-segment document")},
    {QStringLiteral("audit_switch_back_ms"), QStringLiteral("switch back to the large document")},
    {QStringLiteral("audit_find_in_document_ms"), QStringLiteral("find in the document (type a word)")},
    {QStringLiteral("audit_search_library_ms"), QStringLiteral("search the library (start)")},
    {QStringLiteral("audit_open_codebook_ms"), QStringLiteral("open the codebook (Manage Tags)")}};

void audit(ui::MainWindow &window, QJsonObject &out)
{
    const auto timed = [&](const QString &key, const std::function<void()> &action) {
        QElapsedTimer clock;
        clock.start();
        const double cpu = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        action();
        waitForPaint(&window, 10000);
        out.insert(key, clock.nsecsElapsed() / 1e6);
        out.insert(QString(key).replace(QStringLiteral("_ms"), QStringLiteral("_cpu_ms")),
            cpuMs(CLOCK_THREAD_CPUTIME_ID) - cpu);
    };
    const qint64 large = window.currentDocumentId();
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("libraryFilter"));
    timed(kAuditActions.at(0).first, [&] { filter->setText(QStringLiteral("Host")); });
    timed(kAuditActions.at(1).first, [&] { filter->clear(); });
    timed(kAuditActions.at(2).first, [&] { window.openDocument(large == 1 ? 2 : 1); });
    timed(kAuditActions.at(3).first, [&] { window.openDocument(large); });
    auto *search = window.findChild<ui::SearchController *>();
    timed(kAuditActions.at(4).first, [&] {
        search->activateFind();
        search->findBar()->setQuery(QStringLiteral("模型"));
    });
    // The document folded for finding (on a worker) counts in the peak memory.
    QElapsedTimer prepared;
    prepared.start();
    while (search->findBar()->isPreparing())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    out.insert(QStringLiteral("audit_find_ready_ms"), prepared.nsecsElapsed() / 1e6);
    timed(kAuditActions.at(5).first, [&] {
        search->activateLibrarySearch();
        search->panel()->setQuery(QStringLiteral("模型"));
    });
    timed(kAuditActions.at(6).first, [&] { window.findChild<ui::AnnotationController *>()->manageTags(); });
}

// One measured process: prints its figures as one JSON line.
int runChild(int argc, char *argv[], double mainEntered)
{
    QApplication app(argc, argv);
    setupApplication(app);
    WindowStart::setupApplication();
    const double appReady = sinceProcessStart();
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("child"), QString()}, {QStringLiteral("library"), QString(), QStringLiteral("PATH")},
            {QStringLiteral("document"), QString(), QStringLiteral("ID")},
            {QStringLiteral("document-file"), QString(), QStringLiteral("PATH")},
            {QStringLiteral("idle-ms"), QString(), QStringLiteral("MS"), QStringLiteral("1000")},
            {QStringLiteral("audit"), QString()}});
    parser.process(app);
    const QString file = parser.value(QStringLiteral("document-file"));
    const qint64 documentId = parser.value(QStringLiteral("document")).toLongLong();

    std::unique_ptr<ui::MainWindow> window = WindowStart::show(parser.value(QStringLiteral("library")), {});
    const double shown = sinceProcessStart();
    waitForPaint(window.get());
    const double painted = sinceProcessStart();
    const double paintedCpu = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
    QJsonObject out {{QStringLiteral("cold_start_cpu_ms"), paintedCpu},
        {QStringLiteral("main_entered_ms"), mainEntered}, {QStringLiteral("app_ready_ms"), appReady},
        {QStringLiteral("window_created_ms"), shown}, {QStringLiteral("cold_start_ms"), painted},
        {QStringLiteral("rss_start_mb"), statusMb("VmRSS:")},
        {QStringLiteral("document_restored"), window->currentDocumentId() != 0}};

    if (documentId || !file.isEmpty()) {
        QElapsedTimer clock;
        clock.start();
        const double cpu = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        QWidget *pane = window->reader()->pane(0)->viewport();
        if (documentId) {
            window->openDocument(documentId); // as a click in the sidebar
        } else {
            // As `bitext FILE` on a running window: the file's document, already in the
            // library, is found by its content and opened.
            QEventLoop loop;
            QObject::connect(window.get(), &ui::MainWindow::documentChanged, &loop, &QEventLoop::quit);
            QTimer::singleShot(120000, &loop, &QEventLoop::quit);
            window->findChild<ui::FileOpener *>()->open({file});
            loop.exec();
        }
        waitForPaint(pane);
        out.insert(QStringLiteral("document_shown_ms"), clock.nsecsElapsed() / 1e6);
        out.insert(QStringLiteral("document_shown_cpu_ms"), cpuMs(CLOCK_THREAD_CPUTIME_ID) - cpu);
        out.insert(QStringLiteral("document_segments"), window->segmentModel()->rowCount());
    }
    out.insert(QStringLiteral("max_gui_stall_ms"), longestStall(parser.value(QStringLiteral("idle-ms")).toInt()));
    if (parser.isSet(QStringLiteral("audit")))
        audit(*window, out);
    out.insert(QStringLiteral("rss_mb"), statusMb("VmRSS:"));
    out.insert(QStringLiteral("rss_peak_mb"), statusMb("VmHWM:"));
    window->close(); // saves the reading position, as quitting does
    window.reset();
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v.at(v.size() / 2);
}

// The children's figures: one run of each scenario per line, and the median of each key.
struct Runs
{
    QList<QJsonObject> runs;
    double median(const QString &key) const
    {
        std::vector<double> values;
        for (const QJsonObject &run : runs) {
            if (run.contains(key))
                values.push_back(run.value(key).toDouble());
        }
        return ::median(values);
    }
};

QJsonObject runOne(const QStringList &arguments, const QString &settings)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Its own settings, so nothing of the user's (a last document, a layout) is measured.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), settings + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), settings + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), settings + QStringLiteral("/cache"));
    QDir().mkpath(settings + QStringLiteral("/runtime"));
    QFile::setPermissions(
        settings + QStringLiteral("/runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), settings + QStringLiteral("/runtime"));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), QStringList {QStringLiteral("--child")} + arguments);
    child.waitForFinished(600000);
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    const QJsonObject result = QJsonDocument::fromJson(lines.last()).object();
    if (result.isEmpty()) // the platform's chatter is shown only then
        std::fprintf(stderr, "bench_window: a run failed (exit %d)\n%s\n", child.exitCode(),
            child.readAllStandardError().constData());
    return result;
}

int runParent(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cold start, document shown and peak memory of the window."));
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("library"), QStringLiteral("The library to open."), QStringLiteral("PATH")},
        {QStringLiteral("document"), QStringLiteral("A document to open, as from the sidebar."), QStringLiteral("ID")},
        {QStringLiteral("document-file"), QStringLiteral("A file in the library to open, as `bitext FILE` does."),
            QStringLiteral("PATH")},
        {QStringLiteral("runs"), QStringLiteral("Processes per figure (median)."), QStringLiteral("N"),
            QStringLiteral("5")},
        {QStringLiteral("audit"), QStringLiteral("Also time what the user does (filter, switch, find...).")},
        {QStringLiteral("json"), QStringLiteral("Write the figures to FILE."), QStringLiteral("FILE")}});
    parser.process(app);
    const QString library = parser.value(QStringLiteral("library"));
    if (library.isEmpty() || !QFile::exists(library)) {
        std::fprintf(stderr, "bench_window: --library PATH (an existing library) is required\n");
        return 2;
    }
    QStringList open {QStringLiteral("--library"), library};
    if (parser.isSet(QStringLiteral("document")))
        open << QStringLiteral("--document") << parser.value(QStringLiteral("document"));
    else if (parser.isSet(QStringLiteral("document-file")))
        open << QStringLiteral("--document-file") << parser.value(QStringLiteral("document-file"));
    const bool withDocument = open.size() > 2;
    QStringList measured = open;
    if (parser.isSet(QStringLiteral("audit")) && withDocument)
        measured << QStringLiteral("--audit");
    const int count = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir settings;
    // Not counted: the first open of the day takes the library's backup (on a worker),
    // and reads the library into the page cache.
    runOne(open, settings.path());
    Runs fresh;
    Runs restored;
    for (int i = 0; i < count; ++i) {
        QTemporaryDir own; // nothing to restore
        fresh.runs << runOne(measured, own.path());
        // The document of the first pass is reopened where it was left.
        if (withDocument)
            restored.runs << runOne({QStringLiteral("--library"), library}, settings.path());
    }

    const double coldStart = fresh.median(QStringLiteral("cold_start_ms"));
    const double peak
        = std::max(fresh.median(QStringLiteral("rss_peak_mb")), restored.median(QStringLiteral("rss_peak_mb")));
    QJsonObject json {{QStringLiteral("cold_start_ms"), coldStart},
        {QStringLiteral("main_entered_ms"), fresh.median(QStringLiteral("main_entered_ms"))},
        {QStringLiteral("app_ready_ms"), fresh.median(QStringLiteral("app_ready_ms"))},
        {QStringLiteral("window_created_ms"), fresh.median(QStringLiteral("window_created_ms"))},
        {QStringLiteral("rss_start_mb"), fresh.median(QStringLiteral("rss_start_mb"))},
        {QStringLiteral("rss_peak_mb"), peak},
        {QStringLiteral("max_gui_stall_ms"), fresh.median(QStringLiteral("max_gui_stall_ms"))},
        {QStringLiteral("runs"), count}};
    std::printf("bench_window: %s, median of %d processes each\n", qPrintable(library), count);
    std::printf(
        "  process start to main():                 %7.1f ms\n", fresh.median(QStringLiteral("main_entered_ms")));
    std::printf("  QApplication and setup ready:             %7.1f ms\n", fresh.median(QStringLiteral("app_ready_ms")));
    std::printf(
        "  window made, library open, shown:         %7.1f ms\n", fresh.median(QStringLiteral("window_created_ms")));
    std::printf("  cold start (first paint of the window):   %7.1f ms  [target < 500 ms] %s\n", coldStart,
        coldStart < 500 ? "OK" : "MISSED");
    std::printf(
        "    CPU time of the process by then:        %7.1f ms\n", fresh.median(QStringLiteral("cold_start_cpu_ms")));
    json.insert(QStringLiteral("cold_start_cpu_ms"), fresh.median(QStringLiteral("cold_start_cpu_ms")));
    if (withDocument) {
        const double shown = fresh.median(QStringLiteral("document_shown_ms"));
        const double restoredStart = restored.median(QStringLiteral("cold_start_ms"));
        json.insert(QStringLiteral("document_shown_ms"), shown);
        json.insert(QStringLiteral("cold_start_restore_ms"), restoredStart);
        json.insert(QStringLiteral("document_segments"), fresh.median(QStringLiteral("document_segments")));
        std::printf("  document shown (%5.0f segments):          %7.1f ms (GUI thread CPU %.1f ms)\n",
            fresh.median(QStringLiteral("document_segments")), shown,
            fresh.median(QStringLiteral("document_shown_cpu_ms")));
        json.insert(QStringLiteral("document_shown_cpu_ms"), fresh.median(QStringLiteral("document_shown_cpu_ms")));
        json.insert(QStringLiteral("cold_start_restore_cpu_ms"), restored.median(QStringLiteral("cold_start_cpu_ms")));
        std::printf("  cold start reopening that document:       %7.1f ms  [target < 500 ms] %s (CPU %.1f ms)\n",
            restoredStart, restoredStart < 500 ? "OK" : "MISSED", restored.median(QStringLiteral("cold_start_cpu_ms")));
    }
    std::printf("  longest GUI stall in the 1 s after:       %7.1f ms  [target < 50 ms] %s\n",
        fresh.median(QStringLiteral("max_gui_stall_ms")),
        fresh.median(QStringLiteral("max_gui_stall_ms")) < 50 ? "OK" : "MISSED");
    std::printf("  resident memory after the first paint:    %7.1f MB\n", fresh.median(QStringLiteral("rss_start_mb")));
    std::printf("  peak resident memory (VmHWM):             %7.1f MB  [target < 300 MB] %s\n", peak,
        peak < 300 ? "OK" : "MISSED");
    if (measured.contains(QStringLiteral("--audit"))) {
        std::printf("  on the GUI thread, until repainted:\n");
        for (const auto &action : kAuditActions) {
            const double ms = fresh.median(action.first);
            const QString cpuKey = QString(action.first).replace(QStringLiteral("_ms"), QStringLiteral("_cpu_ms"));
            const double cpu = fresh.median(cpuKey);
            json.insert(action.first, ms);
            json.insert(cpuKey, cpu);
            std::printf("    %-40s %7.1f ms (CPU %6.1f ms)  %s\n", qPrintable(action.second), ms, cpu,
                cpu < 50 ? "OK" : "OVER 50 ms");
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QFile out(parser.value(QStringLiteral("json")));
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(json).toJson()) < 0) {
            std::fprintf(stderr, "bench_window: cannot write %s\n", qPrintable(out.fileName()));
            return 1;
        }
    }
    return coldStart < 500 && peak < 300 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    const double mainEntered = sinceProcessStart();
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--child") == 0)
            return runChild(argc, argv, mainEntered);
    }
    return runParent(argc, argv);
}
