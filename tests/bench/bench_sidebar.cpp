// Benchmark of the library list with 1,000 documents of 1,000 segments each (1M
// segments) and 10,000 tagged annotations: DocumentRepository::list() (what
// `bitext list` runs) against the aggregate over all segments it used to run, the
// library sidebar's load (the real LibraryPanel: model, proxy, view and delegate,
// offscreen) and its refresh after one document changed (a speaker assigned, an
// annotation added), which must re-read that document's row only.
//   bench_sidebar [--library PATH] [--keep PATH] [--json FILE]
// --library takes an existing library (e.g. /tmp/bench-corpus/turns-1m imported with
// `bitext import`); the refresh writes to it and puts back what it changed. Without it
// the library is generated: rows written directly in one transaction (documents,
// speakers, segments with transcript-like text, tags, annotations), no search index,
// in seconds instead of the minutes an import of 1M segments takes; --keep PATH keeps
// that file for the next run.
#include "models/item/documentlistmodel.h"
#include "models/store/annotationrepository.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/documentstats.h"
#include "models/store/library.h"
#include "models/store/speakerrepository.h"
#include "models/store/tagrepository.h"
#include "tests/bench/benchfigures.h"
#include "tests/bench/benchrows.h"
#include "ui/library/librarypanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace bitext;

namespace {

using bench::median;

constexpr int kDocuments = 1000;
constexpr int kSegmentsPerDocument = 1000;
constexpr int kAnnotations = 10000;
constexpr int kTags = 20;

// Median wall time of runs of f, in ms.
double timed(int runs, const std::function<void()> &f)
{
    std::vector<double> times;
    QElapsedTimer clock;
    for (int i = 0; i < runs; ++i) {
        clock.start();
        f();
        times.push_back(clock.nsecsElapsed() / 1e6);
    }
    return median(times);
}

void generate(Library &library)
{
    Database &db = library.database();
    const QStringList names = {QStringLiteral("Host"), QStringLiteral("Guest"), QStringLiteral("Amanda Askell"),
        QStringLiteral("Josh"), QStringLiteral("Audience"), QStringLiteral("Moderator"), QStringLiteral("Caller"),
        QStringLiteral("Narrator")};
    QList<qint64> speakers;
    for (const QString &name : names)
        speakers << library.speakers().create(name);
    QList<qint64> tags;
    for (int i = 0; i < kTags; ++i)
        tags << library.tags().create(0, QStringLiteral("Tag %1").arg(i));
    const QString zh = bench::sampleZh();
    const QString en = bench::sampleEn();
    Transaction tx(db);
    QSqlQuery document = bench::prepareDocumentInsert(db);
    QSqlQuery segment = bench::prepareSegmentInsert(db);
    QSqlQuery annotation = db.prepareInsert(
        QStringLiteral("INSERT INTO annotations (document_id, side, start_segment_id, start_offset, end_segment_id, "
                       "end_offset, quote, created, modified) VALUES (?, 'zh', ?, 0, ?, 4, ?, ?, ?)"));
    QSqlQuery link = db.prepare(QStringLiteral("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    int annotations = 0;
    for (int d = 0; d < kDocuments; ++d) {
        const QString title = QStringLiteral("Talk %1").arg(d + 1, 4, 10, QLatin1Char('0'));
        for (const QVariant &value :
            {QVariant(title), QVariant(title + QStringLiteral(".txt")), QVariant(QString::number(d)), QVariant(now)})
            document.addBindValue(value);
        const qint64 documentId = db.insert(document);
        // Two to five speakers a talk, in turns of one to three segments.
        const int voices = 2 + d % 4;
        for (int i = 0; i < kSegmentsPerDocument; ++i) {
            segment.bindValue(0, documentId);
            segment.bindValue(1, i);
            segment.bindValue(2, speakers.at((d + (i / (1 + i % 3))) % voices));
            segment.bindValue(3, zh.repeated(1 + i % 3));
            segment.bindValue(4, en.repeated(1 + (i + 1) % 3));
            segment.bindValue(5, i + 1);
            const qint64 segmentId = db.insert(segment);
            if (i % (kSegmentsPerDocument / (kAnnotations / kDocuments)) == 0 && annotations < kAnnotations) {
                for (const QVariant &value : {QVariant(documentId), QVariant(segmentId), QVariant(segmentId),
                         QVariant(zh.left(4)), QVariant(now), QVariant(now)})
                    annotation.addBindValue(value);
                const qint64 annotationId = db.insert(annotation);
                link.bindValue(0, annotationId);
                link.bindValue(1, tags.at(annotations % kTags));
                db.exec(link);
                ++annotations;
            }
        }
    }
    // What a bulk write records: DocumentStats computes every document's figures before COMMIT.
    db.record({Change::Kind::Document, Change::Op::Reset, 0, 0});
    tx.commit();
}

// The aggregate list() ran before the figures were stored (for the comparison).
void aggregateList(Database &db)
{
    for (const char *sql :
        {"SELECT id, title, format, source_file, source_url, date, languages, encoding, content_hash, imported_at, "
         "people, keywords, summary, metadata, (SELECT count(*) FROM segments s WHERE s.document_id = documents.id) "
         "FROM documents ORDER BY id",
            "SELECT s.document_id, sp.name, min(s.ordinal) AS first FROM segments s JOIN speakers sp ON sp.id = "
            "s.speaker_id GROUP BY s.document_id, sp.name ORDER BY s.document_id, first",
            "SELECT DISTINCT a.document_id, t.name FROM annotations a JOIN annotation_tags at ON at.annotation_id = "
            "a.id JOIN tags t ON t.id = at.tag_id ORDER BY a.document_id, t.name"}) {
        QSqlQuery q = db.exec(QString::fromLatin1(sql));
        while (q.next())
            q.value(1);
    }
}

void paint(ui::LibraryPanel &panel)
{
    panel.view()->viewport()->repaint();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name) {
        const int i = int(args.indexOf(name));
        return i > 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    QTemporaryDir dir;
    QString path = option(QStringLiteral("--library"));
    const bool given = !path.isEmpty();
    QElapsedTimer clock;
    clock.start();
    if (!given) {
        path = option(QStringLiteral("--keep"));
        if (path.isEmpty())
            path = dir.filePath(QStringLiteral("sidebar.sqlite"));
        QFile::remove(path);
    }
    std::unique_ptr<Library> library = Library::openSqlite(path);
    if (!given) {
        generate(*library);
        std::printf("generated %d documents, %d segments, %d annotations (rows written directly) in %.1f s\n",
            kDocuments, kDocuments * kSegmentsPerDocument, kAnnotations, clock.elapsed() / 1e3);
    }
    Database &db = library->database();
    const int documents = db.scalar(QStringLiteral("SELECT count(*) FROM documents")).toInt();
    const int segments = db.scalar(QStringLiteral("SELECT count(*) FROM segments")).toInt();
    const int annotations = db.scalar(QStringLiteral("SELECT count(*) FROM annotations")).toInt();
    std::printf(
        "library %s: %d documents, %d segments, %d annotations\n", qPrintable(path), documents, segments, annotations);

    const double listMs = timed(7, [&] { library->documents().list(); });
    const double aggregateMs = timed(3, [&] { aggregateList(db); });

    ui::LibraryPanel *panel = nullptr;
    const double loadMs = timed(5, [&] {
        delete panel;
        panel = new ui::LibraryPanel;
        panel->resize(320, 900);
        panel->show();
        panel->setLibrary(library.get());
        QCoreApplication::processEvents();
        paint(*panel);
    });

    // One document changes: its segment speaker (as another connection's commit
    // announces it), then an annotation on it; the row is re-read and repainted.
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, document_id FROM segments WHERE ordinal = 0 ORDER BY id LIMIT 1 "
                                         "OFFSET %1")
                              .arg(documents / 2));
    q.next();
    const qint64 segmentId = q.value(0).toLongLong();
    const qint64 documentId = q.value(1).toLongLong();
    q.finish();
    const double refreshMs = timed(21, [&] {
        library->announce({{Change::Kind::Segment, Change::Op::Updated, segmentId, documentId}}, true);
        paint(*panel);
    });
    const double annotationRefreshMs = timed(21, [&] {
        library->announce({{Change::Kind::Annotation, Change::Op::Inserted, 1, documentId}}, true);
        paint(*panel);
    });
    const double reloadAllMs = timed(5, [&] {
        panel->model()->reload();
        paint(*panel);
    });
    // The real writes, with the stored figures recomputed in the transaction and the
    // sidebar following; each put back.
    const qint64 speaker = library->speakers().create(QStringLiteral("Bench speaker"));
    const double statsMs = timed(11, [&] {
        Transaction tx(db);
        DocumentStats(db).refresh(documentId);
        tx.commit();
    });
    const double editMs = timed(11, [&] {
        const QHash<qint64, qint64> previous = library->speakers().assign({segmentId}, speaker);
        paint(*panel);
        library->speakers().restoreAssignment(previous);
    }) / 2;
    library->speakers().remove(speaker);
    Annotation a;
    a.documentId = documentId;
    a.startSegmentId = a.endSegmentId = segmentId;
    a.startOffset = 0;
    a.endOffset = 2;
    a.quote = library->documents().segment(segmentId)->zh.left(2);
    a.tagIds << library->tags().ensurePath(QStringLiteral("Bench tag"));
    const double annotateMs = timed(11, [&] {
        const qint64 id = library->annotations().create(a);
        paint(*panel);
        library->annotations().remove(id);
    }) / 2;
    library->tags().remove(a.tagIds.first());
    delete panel;

    std::printf("\n%-58s %10s\n", "sidebar with 1,000 documents (median wall ms)", "ms");
    const QList<QPair<const char *, double>> rows = {
        {"list query (stored figures + annotation tags)", listMs},
        {"list query as before (aggregate over all segments)", aggregateMs},
        {"sidebar load (LibraryPanel: model + view, painted)", loadMs},
        {"sidebar refresh: one document's speakers changed", refreshMs},
        {"sidebar refresh: an annotation added to one document", annotationRefreshMs},
        {"sidebar full re-read (a bulk change)", reloadAllMs},
        {"stored figures recomputed for one document", statsMs},
        {"assign a speaker (write + figures + sidebar)", editMs},
        {"add an annotation (write + sidebar)", annotateMs},
    };
    for (const auto &row : rows)
        std::printf("%-58s %10.2f\n", row.first, row.second);

    const QString jsonPath = option(QStringLiteral("--json"));
    if (!jsonPath.isEmpty()) {
        const QJsonObject json {
            {QStringLiteral("documents"), documents},
            {QStringLiteral("segments"), segments},
            {QStringLiteral("annotations"), annotations},
            {QStringLiteral("list_query_ms"), listMs},
            {QStringLiteral("list_aggregate_ms"), aggregateMs},
            {QStringLiteral("sidebar_load_ms"), loadMs},
            {QStringLiteral("sidebar_refresh_ms"), refreshMs},
            {QStringLiteral("sidebar_refresh_annotation_ms"), annotationRefreshMs},
            {QStringLiteral("sidebar_reload_all_ms"), reloadAllMs},
            {QStringLiteral("stats_refresh_ms"), statsMs},
            {QStringLiteral("assign_speaker_ms"), editMs},
            {QStringLiteral("add_annotation_ms"), annotateMs},
        };
        QFile file(jsonPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(jsonPath));
            return 1;
        }
    }
    return 0;
}
