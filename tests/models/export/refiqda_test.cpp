#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "models/export/exporttext.h"
#include "models/export/qdpxexporter.h"
#include "models/export/refiqdawriter.h"
#include "models/store/documentrepository.h"
#include "models/store/tagrepository.h"
#include "tests/models/export/exportfixture.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

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
    const ExportData data = ExportCollector(fx.lib.library()).collect(ExportRequest {});
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
    CHECK(codes
        == QStringList {QStringLiteral("Ethics"), QStringLiteral("Ethics/Honesty"), QStringLiteral("Safety research")});
    CHECK(colors.value(QStringLiteral("Ethics/Honesty")) == QStringLiteral("#2A9D8F"));
    CHECK(description == QStringLiteral("Moral questions"));

    test::TemporaryLibrary empty;
    CHECK_THROWS_AS(
        Exporter::create(ExportFormat::RefiCodebook)->render(ExportCollector(empty.library()).collect({})), Error);
}

TEST_CASE("REFI-QDA project: the zip holds project.qde and every source; selections cut the quotes", "[export][qdpx]")
{
    test::AnnotatedLibrary fx;
    const ExportData data = ExportCollector(fx.lib.library()).collect(ExportRequest {});
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
    CHECK(files.size() == 6); // and bitext/documents.json
    CHECK(files.last().first == QStringLiteral("bitext/documents.json"));

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
            // Nobody coded a source: no made-up user owns it.
            CHECK_FALSE(a.hasAttribute(QStringLiteral("creatingUser")));
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
    CHECK(userGuids.size() == 2); // Ana and Ben, the quotes' authors
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

namespace {

ExportQuote quoteBy(const QString &author, int tags)
{
    ExportQuote q;
    q.annotation.author = author;
    for (int i = 0; i < tags; ++i)
        q.tags << Tag {};
    return q;
}

// The first element named `name` with `attribute` = value, as its attributes.
QXmlStreamAttributes element(const QByteArray &xmlBytes, const QString &name, const QString &attribute = QString(),
    const QString &value = QString())
{
    QXmlStreamReader xml(xmlBytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == name
            && (attribute.isEmpty() || xml.attributes().value(attribute) == value))
            return xml.attributes();
    }
    return {};
}

} // namespace

TEST_CASE("REFI-QDA users: the quotes' authors, the one with most codings first", "[export][qdpx]")
{
    ExportData data;
    data.quotes << quoteBy(QStringLiteral("Zoe"), 0) << quoteBy(QStringLiteral("Ana"), 2) << quoteBy(QString(), 3)
                << quoteBy(QStringLiteral("Zoe"), 1) << quoteBy(QStringLiteral("Ana"), 0);
    CHECK(QdpxExporter::users(data) == QStringList {QStringLiteral("Ana"), QStringLiteral("Zoe")});
    CHECK(QdpxExporter::users(ExportData {}).isEmpty());
}

TEST_CASE("REFI-QDA project as QualCoder, NVivo and MAXQDA read it: notes in Description, unique code names, "
          "real users, no empty sources",
    "[export][qdpx]")
{
    test::AnnotatedLibrary fx;
    Library &library = fx.lib.library();
    // A second "Honesty", under another parent, and a Chinese-only document with a
    // quote nobody signed.
    const qint64 otherHonesty = library.tags().create(fx.safety, QStringLiteral("Honesty"), QColor());
    ParsedDocument chinese;
    chinese.document.title = QStringLiteral("中文笔记");
    chinese.document.format = QStringLiteral("plain");
    chinese.document.languages = QStringList {QStringLiteral("zh")};
    chinese.segments << test::segment(QString(), QStringLiteral("第一句话。"), QString())
                     << test::segment(QString(), QStringLiteral("第二句话。"), QString());
    const qint64 chineseId = library.documents().insert(chinese);
    test::annotate(library, chineseId, Side::Zh, 1, QStringLiteral("第二"), 1, QStringLiteral("句话"), {otherHonesty},
        QStringLiteral("## Why\n\nA **bold** claim."), QString());

    const ExportData data = ExportCollector(library).collect(ExportRequest {});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.qdpx"));
    Exporter::create(ExportFormat::RefiProject)->write(data, path);
    const auto files = test::readZip(path);
    const QByteArray qde = files.first().second;
    INFO(qde.toStdString());

    // Code names unique in the file; the nesting keeps the hierarchy.
    CHECK(qde.contains("name=\"Honesty (Ethics)\""));
    CHECK(qde.contains("name=\"Honesty (Safety research)\""));
    CHECK(qde.count("name=\"Honesty") == 2);
    CHECK(RefiQdaWriter::codeNames(data.tags).size() == data.tags.size());

    // The first User is the main coder (Ana: four codings), and the project's creator.
    const QXmlStreamAttributes firstUser = element(qde, QStringLiteral("User"));
    CHECK(firstUser.value(QStringLiteral("name")) == QLatin1String("Ana"));
    CHECK(element(qde, QStringLiteral("Project")).value(QStringLiteral("creatingUserGUID"))
        == firstUser.value(QStringLiteral("guid")));
    CHECK_FALSE(qde.contains("name=\"Bitext\""));

    // The unsigned quote names no user; its note is plain text in the Description.
    const QXmlStreamAttributes unsigned_
        = element(qde, QStringLiteral("PlainTextSelection"), QStringLiteral("name"), QStringLiteral("第二句话"));
    REQUIRE_FALSE(unsigned_.isEmpty());
    CHECK_FALSE(unsigned_.hasAttribute(QStringLiteral("creatingUser")));
    CHECK((qde.contains("<Description>Why\nA bold claim.</Description>")
        || qde.contains("<Description>Why\n\nA bold claim.</Description>")));

    // Every quote note is in its selection's Description and a Note with a NoteRef.
    QXmlStreamReader xml(qde);
    int described = 0;
    int noteRefs = 0;
    bool inSelection = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("PlainTextSelection"))
            inSelection = true;
        else if (xml.isEndElement() && xml.name() == QLatin1String("PlainTextSelection"))
            inSelection = false;
        else if (inSelection && xml.isStartElement() && xml.name() == QLatin1String("Description"))
            ++described;
        else if (inSelection && xml.isStartElement() && xml.name() == QLatin1String("NoteRef"))
            ++noteRefs;
    }
    CHECK(described == 4);
    CHECK(noteRefs == 4);
    CHECK(qde.contains("<Description>Core claim of the talk.</Description>"));
    // And, for NVivo, a Link from each note to its selection or source: four quote
    // notes, and the talk's document note on its two sources.
    CHECK(qde.count("<Link ") == 4 + 2);
    const QXmlStreamAttributes link = element(qde, QStringLiteral("Link"), QStringLiteral("targetGUID"),
        element(qde, QStringLiteral("PlainTextSelection"), QStringLiteral("name"), QStringLiteral("第二句话"))
            .value(QStringLiteral("guid"))
            .toString());
    CHECK(element(
        qde, QStringLiteral("Note"), QStringLiteral("guid"), link.value(QStringLiteral("originGUID")).toString())
              .value(QStringLiteral("name"))
              .startsWith(QStringLiteral("Note: ")));

    // The Chinese-only document has one source, Chinese.
    CHECK(qde.contains("name=\"中文笔记 (zh)\""));
    CHECK_FALSE(qde.contains("name=\"中文笔记 (en)\""));
    CHECK(files.size() == 1 + 4 + 1 + 1);
}
