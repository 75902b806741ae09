// Export benchmark (issue 16): 10,000 annotations exported to every format through the
// code path of `bitext export` (ExportCollector, then Exporter::write to a file), the
// median of a few runs each, plus the whole `bitext export` process for Markdown.
// Target: under 1 s per text format (Markdown, HTML, CSV, Web Annotation, .qdpx, .qdc).
//
//   bench_export [--library PATH] [--runs N] [--bitext BINARY] [--json FILE]
//
// The library is generated (deterministic rows, no corpus file): 100 documents of 200
// speaker turns, a codebook of 50 tags (5 parents with 9 children each), 10,000
// annotations with one to three tags, a Markdown note on every third, two authors.
// Without --library it is built in a temporary folder; with --library PATH it is built
// there when the file does not exist yet, else used as it is.
#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "models/store/annotationrepository.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/noterepository.h"
#include "models/store/tagrepository.h"
#include "tests/bench/benchfigures.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace bitext;

namespace {

// The export is single-threaded: the process's CPU time is its own work.
using bench::cpuMs;
using bench::median;

constexpr int kDocuments = 100;
constexpr int kSegmentsPerDocument = 200;
constexpr int kAnnotations = 10000;
constexpr int kParents = 5;
constexpr int kChildren = 9; // 5 + 5 * 9 = 50 tags

const char *const kZhWords[] = {"我们", "人工智能", "对齐", "模型", "安全", "研究", "问题", "因为", "所以", "但是",
    "如果", "可能", "觉得", "认为", "非常", "重要", "系统", "训练", "数据", "价值观", "人类", "社会", "未来", "技术",
    "能力", "目标", "风险", "控制", "理解", "学习", "过程", "方法", "世界", "的", "了", "是", "在", "有", "和", "就"};
const char *const kEnWords[] = {"the", "a", "of", "and", "to", "in", "is", "that", "it", "we", "model", "alignment",
    "safety", "research", "reward", "human", "values", "system", "training", "data", "future", "risk", "control",
    "understand", "learning", "process", "world", "think", "really", "important", "problem", "because", "policy"};
const char *const kSpeakers[] = {"Host", "Amanda Askell", "Jan Leike", "Audience"};
const char *const kAuthors[] = {"Li Wei", "Maria Schmidt"};

template<size_t N> QString pick(const char *const (&words)[N], std::mt19937 &rng)
{
    return QString::fromUtf8(words[rng() % N]);
}

QString zhSentence(std::mt19937 &rng)
{
    QString text;
    const int words = 8 + int(rng() % 20);
    for (int i = 0; i < words; ++i)
        text += pick(kZhWords, rng) + (i % 7 == 6 ? QStringLiteral("，") : QString());
    return text + QStringLiteral("。");
}

QString enSentence(std::mt19937 &rng)
{
    QStringList words;
    const int count = 10 + int(rng() % 25);
    for (int i = 0; i < count; ++i)
        words << pick(kEnWords, rng);
    QString text = words.join(QLatin1Char(' ')) + QLatin1Char('.');
    text[0] = text.at(0).toUpper();
    return text;
}

// A note as people write them: a heading, emphasis, a list, a link, code.
QString noteBody(int n)
{
    return QStringLiteral("## Point %1\n\nThis is **important** for the *argument* about `reward models`.\n\n"
                          "- first reason\n- second reason, see [the paper](https://example.org/paper/%1)\n\n"
                          "> A remark quoted from elsewhere.\n")
        .arg(n);
}

void buildLibrary(Library &library)
{
    std::mt19937 rng(16);
    QList<qint64> tags;
    for (int p = 0; p < kParents; ++p) {
        const qint64 parent = library.tags().create(0, QStringLiteral("Theme %1").arg(p + 1));
        tags << parent;
        for (int c = 0; c < kChildren; ++c)
            tags << library.tags().create(parent, QStringLiteral("Code %1.%2").arg(p + 1).arg(c + 1), QColor(),
                QStringLiteral("What code %1.%2 marks.").arg(p + 1).arg(c + 1));
    }
    const int perDocument = kAnnotations / kDocuments;
    int made = 0;
    for (int d = 0; d < kDocuments; ++d) {
        ParsedDocument p;
        p.document.title = QStringLiteral("Talk %1").arg(d + 1, 3, 10, QLatin1Char('0'));
        p.document.format = QStringLiteral("speaker-turns");
        p.document.languages = QStringList {QStringLiteral("zh"), QStringLiteral("en")};
        p.document.sourceUrl = QStringLiteral("https://example.org/talks/%1").arg(d + 1);
        for (int i = 0; i < kSegmentsPerDocument; ++i) {
            if (i % 50 == 0)
                p.sections << Section {0, 0, int(p.sections.size()), QStringLiteral("Part %1").arg(i / 50 + 1), 1};
            Segment s;
            s.ordinal = i;
            s.sectionOrdinal = int(p.sections.size()) - 1;
            s.speaker = QString::fromUtf8(kSpeakers[(i / 2) % 4]);
            s.zh = zhSentence(rng);
            s.en = enSentence(rng);
            p.segments << s;
        }
        const qint64 document = library.documents().insert(p);
        const QList<Segment> stored = library.documents().segments(document);
        Transaction all(library.database());
        for (int k = 0; k < perDocument; ++k, ++made) {
            const Segment &first = stored.at((k * 2) % stored.size());
            const Segment &last
                = stored.at(std::min<int>(int(stored.size()) - 1, (k * 2) % int(stored.size()) + k % 2));
            Annotation a;
            a.documentId = document;
            a.side = k % 3 == 2 ? Side::En : Side::Zh;
            a.startSegmentId = first.id;
            a.endSegmentId = last.id;
            const QString &from = first.text(a.side);
            const QString &to = last.text(a.side);
            a.startOffset = 2;
            a.endOffset = int(std::min<qsizetype>(to.size(), 12));
            a.quote = first.id == last.id ? from.mid(2, a.endOffset - 2)
                                          : from.mid(2) + QLatin1Char('\n') + to.left(a.endOffset);
            a.prefix = from.left(2);
            a.color = QColor(QStringLiteral("#f5d76e"));
            a.author = QString::fromUtf8(kAuthors[made % 2]);
            a.created = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC).addSecs(made * 60);
            const int tagCount = 1 + int(rng() % 3);
            for (int t = 0; t < tagCount; ++t) {
                const qint64 tag = tags.at(int(rng() % tags.size()));
                if (!a.tagIds.contains(tag))
                    a.tagIds << tag;
            }
            const qint64 id = library.annotations().create(a);
            if (made % 3 == 0)
                library.notes().setAnnotationNote(id, noteBody(made));
        }
        all.commit();
    }
}

struct Format
{
    ExportFormat format;
    const char *key;
    bool text;
};

const Format kFormats[] = {{ExportFormat::Markdown, "markdown", true}, {ExportFormat::Html, "html", true},
    {ExportFormat::Csv, "csv", true}, {ExportFormat::WebAnnotation, "webannotation", true},
    {ExportFormat::RefiProject, "qdpx", true}, {ExportFormat::RefiCodebook, "qdc", true},
    {ExportFormat::Pdf, "pdf", false}, {ExportFormat::Odt, "odt", false}};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // PDF and ODT lay text out with fonts
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each line as it is measured
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("library"), QStringLiteral("Library file (built there when missing)."),
        QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per format (median)."), QStringLiteral("N"),
        QStringLiteral("5")});
    parser.addOption({QStringLiteral("bitext"), QStringLiteral("The bitext binary for the whole-process figure."),
        QStringLiteral("BINARY")});
    parser.addOption(
        {QStringLiteral("only"), QStringLiteral("Only this format key (markdown, html, ...)."), QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write the figures as JSON."), QStringLiteral("FILE")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir temp;
    QString path = parser.value(QStringLiteral("library"));
    if (path.isEmpty())
        path = temp.filePath(QStringLiteral("export.sqlite"));
    const bool build = !QFileInfo::exists(path);
    std::unique_ptr<Library> library = Library::openSqlite(path);
    QElapsedTimer clock;
    clock.start();
    if (build) {
        buildLibrary(*library);
        std::printf("built %s: %d documents, %d annotations in %lld ms (generated rows)\n", qPrintable(path),
            kDocuments, kAnnotations, clock.elapsed());
    }

    QJsonObject json;
    std::vector<double> collects;
    std::vector<double> collectCpu;
    ExportData data;
    for (int r = 0; r < runs; ++r) {
        clock.restart();
        const double cpu = cpuMs();
        data = ExportCollector(*library).collect(ExportRequest());
        collectCpu.push_back(cpuMs() - cpu);
        collects.push_back(clock.nsecsElapsed() / 1e6);
    }
    int notes = 0;
    for (const ExportQuote &q : data.quotes)
        notes += q.note.isEmpty() ? 0 : 1;
    std::printf("library: %lld documents, %lld annotations (%d with a note), %lld tags\n",
        qint64(data.documents.size()), qint64(data.quotes.size()), notes, qint64(data.tags.size()));
    std::printf("collect (ExportCollector, part of every figure below): median %.0f ms wall, %.0f ms CPU\n\n",
        median(collects), median(collectCpu));
    json.insert(QStringLiteral("export_collect_ms"), median(collects));
    json.insert(QStringLiteral("export_collect_cpu_ms"), median(collectCpu));
    json.insert(QStringLiteral("export_annotations"), int(data.quotes.size()));

    std::printf("%-15s %10s %10s %12s %10s  %s\n", "format", "wall ms", "CPU ms", "render CPU", "size KB",
        "target < 1000 ms (wall)");
    const QString only = parser.value(QStringLiteral("only"));
    bool allMet = true;
    for (const Format &f : kFormats) {
        if (!only.isEmpty() && only != QLatin1String(f.key))
            continue;
        const QString out = temp.filePath(QStringLiteral("out.") + exportFormatSuffix(f.format));
        std::vector<double> totals;
        std::vector<double> totalCpu;
        std::vector<double> renders;
        // PDF and ODT lay out thousands of pages: one run each when a run takes long.
        for (int r = 0; r < runs; ++r) {
            clock.restart();
            const double cpu = cpuMs();
            const ExportData collected = ExportCollector(*library).collect(ExportRequest());
            const std::unique_ptr<Exporter> exporter = Exporter::create(f.format);
            const double render = cpuMs();
            exporter->write(collected, out);
            renders.push_back(cpuMs() - render);
            totalCpu.push_back(cpuMs() - cpu);
            totals.push_back(clock.nsecsElapsed() / 1e6);
            if (!f.text && totals.back() > 5000)
                break;
        }
        const double total = median(totals);
        const bool met = total < 1000;
        allMet = allMet && (met || !f.text);
        std::printf("%-15s %10.0f %10.0f %12.0f %10lld  %s\n", f.key, total, median(totalCpu), median(renders),
            QFileInfo(out).size() / 1024, f.text ? (met ? "OK" : "MISSED") : "(no target)");
        json.insert(QStringLiteral("export_%1_ms").arg(QLatin1String(f.key)), total);
        json.insert(QStringLiteral("export_%1_cpu_ms").arg(QLatin1String(f.key)), median(totalCpu));
    }

    // The whole `bitext export` process: start-up, opening the library, collect, write.
    QString bitext = parser.value(QStringLiteral("bitext"));
    if (bitext.isEmpty())
        bitext = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../../app/bitext"));
    if ((only.isEmpty() || only == QLatin1String("markdown")) && QFileInfo(bitext).isExecutable()) {
        std::vector<double> processes;
        library.reset(); // a reader beside it would not change the figure, but be fair
        for (int r = 0; r < runs; ++r) {
            QProcess process;
            clock.restart();
            process.start(bitext,
                {QStringLiteral("--library"), path, QStringLiteral("export"), QStringLiteral("--format"),
                    QStringLiteral("md"), QStringLiteral("--output"), temp.filePath(QStringLiteral("process.md"))});
            process.waitForFinished(120000);
            processes.push_back(clock.nsecsElapsed() / 1e6);
            if (process.exitCode() != 0) {
                std::fprintf(stderr, "bitext export failed: %s\n", process.readAllStandardError().constData());
                return 2;
            }
        }
        const double process = median(processes);
        std::printf("%-15s %10.0f %10s %12s %10s  %s\n", "bitext md", process, "", "(process)", "",
            process < 1000 ? "OK" : "MISSED");
        json.insert(QStringLiteral("export_markdown_process_ms"), process);
    } else if (only.isEmpty()) {
        std::printf("(no bitext binary at %s: pass --bitext for the whole-process figure)\n", qPrintable(bitext));
    }

    if (!bench::writeJson(parser.value(QStringLiteral("json")), json))
        return 2;
    return allMet ? 0 : 1;
}
