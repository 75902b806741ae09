#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "models/export/exporttext.h"
#include "models/export/qdpxexporter.h"
#include "tests/models/export/exportfixture.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace bitext;

namespace {

const QRegularExpression kGuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));

struct Selection
{
    QString source;
    int start = 0;
    int end = 0;
    QString name;
    QStringList codeRefs;
    QStringList noteRefs;
};

} // namespace

TEST_CASE("REFI-QDA codebook: nested codes with GUIDs, colours and descriptions", "[export][qdc]")
{
    test::AnnotatedLibrary fx;
    const ExportData data = ExportCollector(fx.lib.library()).collect(ExportRequest{});
    QXmlStreamReader xml(Exporter::create(ExportFormat::RefiCodebook)->render(data));
    QStringList path; // names of the open Code elements
    QStringList codes;
    QHash<QString, QString> colors;
    QString description;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            CHECK(xml.namespaceUri() == QLatin1String("urn:QDA-XML:codebook:1.0"));
            if (xml.name() == QLatin1String("Code")) {
                CHECK(kGuid.match(xml.attributes().value(QStringLiteral("guid")).toString()).hasMatch());
                CHECK(xml.attributes().value(QStringLiteral("isCodable")) == QLatin1String("true"));
                path << xml.attributes().value(QStringLiteral("name")).toString();
                codes << path.join(QLatin1Char('/'));
                colors.insert(path.join(QLatin1Char('/')), xml.attributes().value(QStringLiteral("color")).toString());
            } else if (xml.name() == QLatin1String("Description")) {
                description = xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("Code")) {
            path.removeLast();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(codes == QStringList{QStringLiteral("Ethics"), QStringLiteral("Ethics/Honesty"), QStringLiteral("Safety research")});
    CHECK(colors.value(QStringLiteral("Ethics/Honesty")) == QStringLiteral("#2A9D8F"));
    CHECK(description == QStringLiteral("Moral questions"));

    test::TemporaryLibrary empty;
    CHECK_THROWS_AS(Exporter::create(ExportFormat::RefiCodebook)->render(ExportCollector(empty.library()).collect({})), Error);
}

TEST_CASE("REFI-QDA project: the zip holds project.qde and every source; selections cut the quotes", "[export][qdpx]")
{
    test::AnnotatedLibrary fx;
    const ExportData data = ExportCollector(fx.lib.library()).collect(ExportRequest{});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.qdpx"));
    Exporter::create(ExportFormat::RefiProject)->write(data, path);
    const auto files = test::readZip(path);
    QHash<QString, QString> sources;
    for (const auto &f : files) {
        if (f.first.startsWith(QLatin1String("sources/")))
            sources.insert(f.first.mid(8), QString::fromUtf8(f.second));
    }
    REQUIRE(files.first().first == QStringLiteral("project.qde"));
    CHECK(sources.size() == 4); // two documents, two sides each
    CHECK(files.size() == 5);

    QXmlStreamReader xml(files.first().second);
    QSet<QString> codeGuids;
    QSet<QString> noteGuids;
    QSet<QString> userGuids;
    QList<Selection> selections;
    QString source;
    QStringList sourcePaths;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        CHECK(xml.namespaceUri() == QLatin1String("urn:QDA-XML:project:1.0"));
        const auto a = xml.attributes();
        const QString name = xml.name().toString();
        if (name == QLatin1String("Code"))
            codeGuids.insert(a.value(QStringLiteral("guid")).toString());
        else if (name == QLatin1String("User"))
            userGuids.insert(a.value(QStringLiteral("guid")).toString());
        else if (name == QLatin1String("Note"))
            noteGuids.insert(a.value(QStringLiteral("guid")).toString());
        else if (name == QLatin1String("TextSource")) {
            const QString plain = a.value(QStringLiteral("plainTextPath")).toString();
            REQUIRE(plain.startsWith(QLatin1String("internal://")));
            source = plain.mid(11);
            sourcePaths << source;
            CHECK(userGuids.contains(a.value(QStringLiteral("creatingUser")).toString()));
        } else if (name == QLatin1String("PlainTextSelection")) {
            Selection s;
            s.source = source;
            s.start = a.value(QStringLiteral("startPosition")).toInt();
            s.end = a.value(QStringLiteral("endPosition")).toInt();
            s.name = a.value(QStringLiteral("name")).toString();
            CHECK(userGuids.contains(a.value(QStringLiteral("creatingUser")).toString()));
            selections << s;
        } else if (name == QLatin1String("CodeRef")) {
            selections.last().codeRefs << a.value(QStringLiteral("targetGUID")).toString();
        } else if (name == QLatin1String("NoteRef") && !selections.isEmpty() && selections.last().source == source) {
            selections.last().noteRefs << a.value(QStringLiteral("targetGUID")).toString();
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    CHECK(codeGuids.size() == 3);
    CHECK(userGuids.size() == 3); // the project's own user, Ana and Ben
    CHECK(noteGuids.size() == 4); // three quote notes and one document note
    CHECK(QSet<QString>(sourcePaths.begin(), sourcePaths.end()) == QSet<QString>(sources.keyBegin(), sources.keyEnd()));
    REQUIRE(selections.size() == fx.quotes);
    QStringList quotes;
    for (const ExportQuote &q : data.quotes)
        quotes << q.annotation.quote;
    int coded = 0;
    for (const Selection &s : selections) {
        const QString cut = exporttext::codePointMid(sources.value(s.source), s.start, s.end);
        CHECK(quotes.contains(cut));
        for (const QString &ref : s.codeRefs) {
            CHECK(codeGuids.contains(ref));
            ++coded;
        }
        for (const QString &ref : s.noteRefs)
            CHECK(noteGuids.contains(ref));
    }
    CHECK(coded == 5);
    CHECK(QdpxExporter::sourceGuid(data.documents.first().document, Side::Zh) + QStringLiteral(".txt")
          == sourcePaths.first());
}
