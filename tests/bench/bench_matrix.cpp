// Benchmark of the coding matrix (CodingMatrix, what the Analysis window's Matrix tab and
// `bitext report matrix` compute) over 10,000 annotations: 100 documents of 200 segments
// (20,000 segments, eight speakers), 24 codes in a tree, two coders, a tenth of the
// quotes over two segments, a third on the English side, a fifth with two codes. The
// issue asks for a matrix under 200 ms; each figure is the median of seven runs, the
// library read afresh every run (nothing is cached between them).
//   bench_matrix [--json FILE]
#include "models/analysis/codingmatrix.h"
#include "models/store/database.h"
#include "models/store/library.h"
#include "models/store/speakerrepository.h"
#include "models/store/tagrepository.h"
#include "tests/bench/benchfigures.h"
#include "tests/bench/benchrows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <vector>

using namespace bitext;

namespace {

constexpr int kDocuments = 100;
constexpr int kSegmentsPerDocument = 200;
constexpr int kAnnotations = 10000;

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

Timing timed(int runs, const std::function<void()> &f)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    QElapsedTimer clock;
    for (int i = 0; i < runs; ++i) {
        const double cpuStart = bench::cpuMs();
        clock.start();
        f();
        wall.push_back(clock.nsecsElapsed() / 1e6);
        cpu.push_back(bench::cpuMs() - cpuStart);
    }
    return {bench::median(wall), bench::median(cpu)};
}

void generate(Library &library)
{
    Database &db = library.database();
    QList<qint64> speakers;
    for (const char *name : {"Host", "Guest", "Amanda Askell", "Josh", "Audience", "Moderator", "Caller", "Yan"})
        speakers << library.speakers().create(QString::fromLatin1(name));
    QList<qint64> tags;
    for (int i = 0; i < 6; ++i) {
        const qint64 parent = library.tags().create(0, QStringLiteral("Code %1").arg(i));
        tags << parent;
        for (int j = 0; j < 3; ++j)
            tags << library.tags().create(parent, QStringLiteral("Sub %1").arg(j));
    }
    const QString zh = bench::sampleZh();
    const QString en = bench::sampleEn();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Transaction tx(db);
    QSqlQuery document = bench::prepareDocumentInsert(db);
    QSqlQuery segment = bench::prepareSegmentInsert(db);
    QSqlQuery annotation = db.prepareInsert(QStringLiteral(
        "INSERT INTO annotations (document_id, side, start_segment_id, start_offset, end_segment_id, end_offset, "
        "quote, author, created, modified) VALUES (?, ?, ?, ?, ?, ?, 'quote', ?, ?, ?)"));
    QSqlQuery link = db.prepare(QStringLiteral("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)"));
    int made = 0;
    const int perDocument = kAnnotations / kDocuments;
    for (int d = 0; d < kDocuments; ++d) {
        const QString title = QStringLiteral("Talk %1").arg(d + 1, 3, 10, QLatin1Char('0'));
        for (const QVariant &value :
            {QVariant(title), QVariant(title + QStringLiteral(".txt")), QVariant(QString::number(d)), QVariant(now)})
            document.addBindValue(value);
        const qint64 documentId = db.insert(document);
        QList<qint64> segmentIds;
        for (int i = 0; i < kSegmentsPerDocument; ++i) {
            segment.bindValue(0, documentId);
            segment.bindValue(1, i);
            segment.bindValue(2, speakers.at((d + i / 2) % (2 + d % 6)));
            segment.bindValue(3, zh);
            segment.bindValue(4, en);
            segment.bindValue(5, i + 1);
            segmentIds << db.insert(segment);
        }
        for (int k = 0; k < perDocument; ++k, ++made) {
            const int row = (k * 7) % (kSegmentsPerDocument - 1);
            const bool english = made % 3 == 0;
            const bool spans = made % 10 == 0;
            const int start = (k * 5) % 20;
            annotation.bindValue(0, documentId);
            annotation.bindValue(1, english ? QStringLiteral("en") : QStringLiteral("zh"));
            annotation.bindValue(2, segmentIds.at(row));
            annotation.bindValue(3, start);
            annotation.bindValue(4, segmentIds.at(spans ? row + 1 : row));
            annotation.bindValue(5, spans ? 10 : start + 8);
            annotation.bindValue(6, made % 2 ? QStringLiteral("Ben") : QStringLiteral("Ana"));
            annotation.bindValue(7, now);
            annotation.bindValue(8, now);
            const qint64 id = db.insert(annotation);
            link.bindValue(0, id);
            link.bindValue(1, tags.at(made % tags.size()));
            db.exec(link);
            if (made % 5 == 0) {
                link.bindValue(0, id);
                int second = (made / 5 + 3) % int(tags.size());
                if (second == made % int(tags.size()))
                    second = (second + 1) % int(tags.size());
                link.bindValue(1, tags.at(second));
                db.exec(link);
            }
        }
    }
    db.record({Change::Kind::Document, Change::Op::Reset, 0, 0}); // DocumentStats fills document_speakers
    tx.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString jsonPath = bench::jsonArgument(app);
    QTemporaryDir dir;
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<Library> library = Library::openSqlite(dir.filePath(QStringLiteral("matrix.sqlite")));
    generate(*library);
    Database &db = library->database();
    std::printf("generated %d documents, %d segments, %d annotations in %.1f s\n",
        db.scalar(QStringLiteral("SELECT count(*) FROM documents")).toInt(),
        db.scalar(QStringLiteral("SELECT count(*) FROM segments")).toInt(),
        db.scalar(QStringLiteral("SELECT count(*) FROM annotations")).toInt(), clock.elapsed() / 1e3);

    QJsonObject figures;
    CodingMatrix matrix(*library);
    const struct
    {
        const char *name;
        MatrixColumns columns;
        MatrixMeasure measure;
    } cases[] = {
        {"speakers_count", MatrixColumns::Speakers, MatrixMeasure::Count},
        {"documents_count", MatrixColumns::Documents, MatrixMeasure::Count},
        {"codes_count", MatrixColumns::Codes, MatrixMeasure::Count},
        {"speakers_coverage", MatrixColumns::Speakers, MatrixMeasure::Coverage},
        {"documents_coverage", MatrixColumns::Documents, MatrixMeasure::Coverage},
        {"codes_coverage", MatrixColumns::Codes, MatrixMeasure::Coverage},
    };
    for (const auto &c : cases) {
        const Timing t = timed(7, [&] { matrix.compute({}, c.columns, c.measure); });
        std::printf("%-20s %7.1f ms wall %7.1f ms CPU (%d × %d)\n", c.name, t.wallMs, t.cpuMs,
            matrix.table().rowCount(), matrix.table().columnCount());
        figures.insert(QString::fromLatin1(c.name) + QStringLiteral("_ms"), t.wallMs);
        figures.insert(QString::fromLatin1(c.name) + QStringLiteral("_cpu_ms"), t.cpuMs);
    }
    // Where coverage's time goes: reading every segment's text, and counting its units.
    const Timing read = timed(7, [&] { CodedPassages::load(*library, {}, true); });
    std::printf("%-20s %7.1f ms wall %7.1f ms CPU\n", "read_text", read.wallMs, read.cpuMs);
    figures.insert(QStringLiteral("read_text_ms"), read.wallMs);
    figures.insert(QStringLiteral("read_text_cpu_ms"), read.cpuMs);
    return bench::writeJson(jsonPath, figures) ? 0 : 1;
}
