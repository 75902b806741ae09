// Issue 18: exports carry the quotes' times where the format can. Markdown and HTML print
// them, Web Annotation targets the media file with a Media Fragments selector (checked by
// the W3C assertions), REFI-QDA holds the media as an AudioSource with the transcript's
// SyncPoints (checked by the schema).
#include "models/core/zipreader.h"
#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "models/import/projectimporter.h"
#include "models/media/mediarepository.h"
#include "models/media/segmenttiming.h"
#include "models/store/documentrepository.h"
#include "tests/models/export/exportfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

// The talk timed as a tap-timer would (the last segment past an hour), with a recording.
struct TimedLibrary
{
    test::AnnotatedLibrary fx;
    QString media;

    explicit TimedLibrary(bool withMedia = true)
    {
        Library &library = fx.lib.library();
        const QList<Segment> segments = library.documents().segments(fx.talk);
        const QList<qint64> starts {1000, 5000, 9000, 3725000};
        for (int i = 0; i < segments.size() && i < starts.size(); ++i)
            SegmentTiming(library).setStart(segments.at(i).id, starts.at(i));
        if (!withMedia)
            return;
        media = QDir(fx.lib.dir()).filePath(QStringLiteral("talk.wav"));
        QFile file(media);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("RIFF not really a wave file, only its path matters here"));
        file.close();
        MediaRepository(library).attach(fx.talk, media);
    }

    ExportData collect() { return ExportCollector(fx.lib.library()).collect(ExportRequest {}); }
};

QString rendered(const ExportData &data, ExportFormat format)
{
    return QString::fromUtf8(Exporter::create(format)->render(data));
}

} // namespace

TEST_CASE("Markdown and HTML quotes carry their times when their segments have them", "[export][media]")
{
    TimedLibrary timed;
    const ExportData data = timed.collect();
    const QString markdown = rendered(data, ExportFormat::Markdown);
    CHECK(markdown.contains(QStringLiteral("[00:05–00:09]"))); // one segment: to the next one's start
    CHECK(markdown.contains(QStringLiteral("[00:05–1:02:05]"))); // two segments
    CHECK(markdown.contains(QStringLiteral("[1:02:05]"))); // the last: no end known
    const QString html = rendered(data, ExportFormat::Html);
    CHECK(html.contains(QStringLiteral("<span class=\"time\">[00:05–00:09]</span>")));
    // The article has no times: its quotes have none.
    int stamps = 0;
    for (const ExportQuote &q : data.quotes)
        stamps += q.hasTimes() ? 1 : 0;
    CHECK(stamps == 3);
}

TEST_CASE("Web Annotation targets the media file with a media fragment", "[export][media][json][w3c]")
{
    TimedLibrary timed;
    const ExportData data = timed.collect();
    const QJsonObject collection
        = QJsonDocument::fromJson(Exporter::create(ExportFormat::WebAnnotation)->render(data)).object();
    const QJsonArray items
        = collection.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
    int withMedia = 0;
    for (const QJsonValue &item : items) {
        const QJsonValue target = item.toObject().value(QStringLiteral("target"));
        if (!target.isArray())
            continue;
        ++withMedia;
        const QJsonObject media = target.toArray().at(1).toObject();
        const QJsonObject source = media.value(QStringLiteral("source")).toObject();
        CHECK(source.value(QStringLiteral("id")).toString() == QUrl::fromLocalFile(timed.media).toString());
        CHECK(source.value(QStringLiteral("type")).toString() == QStringLiteral("Sound"));
        CHECK(source.value(QStringLiteral("format")).toString().startsWith(QStringLiteral("audio/")));
        const QJsonObject selector = media.value(QStringLiteral("selector")).toObject();
        CHECK(selector.value(QStringLiteral("type")).toString() == QStringLiteral("FragmentSelector"));
        CHECK(selector.value(QStringLiteral("conformsTo")).toString()
            == QStringLiteral("http://www.w3.org/TR/media-frags/"));
        const QString value = selector.value(QStringLiteral("value")).toString();
        CHECK((value == QStringLiteral("t=5.000,9.000") || value == QStringLiteral("t=5.000,3725.000")
            || value == QStringLiteral("t=3725.000")));
    }
    CHECK(withMedia == 3);

    test::checkWebAnnotationConformance(data); // the W3C MUST assertions
}

TEST_CASE("Without media, Web Annotation keeps one text target", "[export][media][json]")
{
    TimedLibrary timed(false);
    const QJsonObject collection
        = QJsonDocument::fromJson(Exporter::create(ExportFormat::WebAnnotation)->render(timed.collect())).object();
    for (const QJsonValue &item :
        collection.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray())
        CHECK(item.toObject().value(QStringLiteral("target")).isObject());
}

TEST_CASE("REFI-QDA holds the media as an AudioSource with the transcripts' SyncPoints", "[export][media][qdpx]")
{
    TimedLibrary timed;
    QTemporaryDir dir;
    const QString qdpx = dir.filePath(QStringLiteral("timed.qdpx"));
    Exporter::create(ExportFormat::RefiProject)->write(timed.collect(), qdpx);
    const QString project = QString::fromUtf8(ZipReader(qdpx).read(QStringLiteral("project.qde")));
    CHECK(project.contains(QStringLiteral("<AudioSource ")));
    CHECK(project.contains(QStringLiteral("name=\"talk.wav\"")));
    CHECK(project.count(QStringLiteral("<Transcript ")) == 2); // both sides
    // Four starts on each side; position 0 at 1000 ms first.
    CHECK(project.count(QStringLiteral("<SyncPoint ")) == 8);
    CHECK(project.contains(QStringLiteral("timeStamp=\"1000\" position=\"0\"")));
    CHECK(project.contains(QStringLiteral("timeStamp=\"3725000\"")));
    bool embedded = false;
    for (const auto &f : test::readZip(qdpx))
        embedded = embedded
            || (f.first.startsWith(QStringLiteral("sources/")) && f.first.endsWith(QStringLiteral(".wav"))
                && f.second.startsWith("RIFF not really"));
    CHECK(embedded);

    const QString qde = dir.filePath(QStringLiteral("project.qde"));
    {
        QFile file(qde);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(project.toUtf8());
    }
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    REQUIRE_FALSE(xmllint.isEmpty());
    QProcess process;
    process.start(xmllint,
        {QStringLiteral("--noout"), QStringLiteral("--schema"),
            QStringLiteral(BITEXT_SOURCE_DIR "/../shared/schemas/refi-qda/Project-mrt2019.xsd"), qde});
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    CHECK(process.exitCode() == 0);

    // Bitext reads its own project back: the media source does not get in the way.
    test::TemporaryLibrary other;
    const ProjectImportResult back = ProjectImporter::importFile(*other, qdpx);
    INFO(back.error.toStdString());
    CHECK_FALSE(back.failed);
    CHECK(back.documents.size() == 2);
}
