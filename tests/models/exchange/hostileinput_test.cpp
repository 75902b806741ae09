#include "models/core/boundedjson.h"
#include "models/core/error.h"
#include "models/core/zipreader.h"
#include "models/export/ziparchive.h"
#include "models/import/refiqda/refidocumentbuilder.h"
#include "models/import/refiqda/refixmlreader.h"
#include "models/store/documentrepository.h"
#include "models/store/tagrepository.h"
#include "tests/models/exchange/exchangefixture.h"
#include "tests/support/peakmemory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtEndian>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QString guid(int n)
{
    return QStringLiteral("6f0c1a52-8b1e-4d5b-9a43-%1").arg(n, 12, 10, QLatin1Char('0'));
}

// A project whose text sources name these entries of the archive.
QByteArray projectNaming(const QStringList &entries, const QByteArray &extra = QByteArray())
{
    QByteArray qde = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" "
                     "name=\"p\">\n<Sources>\n";
    for (int i = 0; i < entries.size(); ++i)
        qde += QStringLiteral("<TextSource guid=\"%1\" name=\"s%2\" plainTextPath=\"internal://%3\"/>\n")
                   .arg(guid(i + 1))
                   .arg(i)
                   .arg(entries.at(i).mid(int(qstrlen("sources/"))))
                   .toUtf8();
    return qde + "</Sources>\n" + extra + "</Project>\n";
}

// An import that must be refused in bounded time and memory, leave the library
// empty, and name the file and the reason. Prints what it cost, for the README.
struct Refusal
{
    test::TemporaryLibrary lib;

    void check(const QString &what, const QString &path, const QString &reason, qint64 maxMiB = 64,
        const QString &format = QString())
    {
        const test::PeakMemory memory;
        QElapsedTimer timer;
        timer.start();
        const ProjectImportResult result = test::importExchange(*lib, path, format);
        const qint64 ms = timer.elapsed();
        INFO(result.error.left(300).toStdString());
        CHECK(result.failed);
        CHECK(result.error.startsWith(path));
        CHECK(result.error.contains(reason));
        CHECK(lib->documents().list().isEmpty());
        CHECK(lib->tags().list().isEmpty());
        INFO(what.toStdString() << ": " << ms << " ms, peak memory +" << memory.grownMiB() << " MiB");
        CHECK(ms < 60000); // slower under the sanitizers; the figures are printed below
        CHECK(memory.grownMiB() < maxMiB);
        WARN(what.toStdString() << ": refused in " << ms << " ms, peak memory +" << memory.grownMiB() << " MiB");
    }
};

// The offsets of every header with this signature ("PK\1\2": central, "PK\3\4": local).
QList<int> headers(const QByteArray &zip, const char *signature)
{
    QList<int> at;
    for (int i = zip.indexOf(signature); i >= 0; i = zip.indexOf(signature, i + 4))
        at << i;
    return at;
}

QByteArray zipOf(const QList<QPair<QString, QByteArray>> &entries)
{
    ZipArchive zip;
    for (const auto &entry : entries)
        zip.add(entry.first, entry.second);
    return zip.finish();
}

void put32(QByteArray &bytes, int at, quint32 value)
{
    qToLittleEndian(value, bytes.data() + at);
}

quint32 get32(const QByteArray &bytes, int at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

} // namespace

TEST_CASE("Hostile XML: 100000 nested elements, a million elements, a 1 MB attribute and billion laughs are refused "
          "with their line",
    "[exchange][hostile][limits]")
{
    Refusal r;
    QTemporaryDir dir;
    const QByteArray head
        = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">\n";
    r.check(QStringLiteral("100000 nested elements (.qdc)"),
        writeFile(dir.filePath(QStringLiteral("deep.qdc")), head + QByteArray("<Codes>").repeated(100000)),
        QStringLiteral("deep.qdc:3: elements are nested more than 256 levels deep"));

    const QString nested = test::writeZip(dir.filePath(QStringLiteral("deep.qdpx")),
        {{QStringLiteral("project.qde"), projectNaming({}, QByteArray("<Notes>\n").repeated(100000))}});
    r.check(QStringLiteral("100000 nested elements (.qdpx)"), nested,
        QStringLiteral("project.qde:260: elements are nested more than 256 levels deep"));

    // (Zipped, so repetitive a file would be refused as a zip bomb: see below.)
    r.check(QStringLiteral("2 million elements (.qdc)"),
        writeFile(dir.filePath(QStringLiteral("many.qdc")),
            head + "<Codes>\n<Notes>\n" + QByteArray("<x/>").repeated(2000000) + "\n</Notes></Codes></CodeBook>\n"),
        QStringLiteral("many.qdc:5: the file has more than 1000000 elements"), 200);

    r.check(QStringLiteral("a 1 MB attribute (.qdc)"),
        writeFile(dir.filePath(QStringLiteral("attribute.qdc")),
            head + "<Codes>\n<Code guid=\"" + guid(1).toUtf8() + "\" name=\"" + QByteArray(1 << 20, 'n')
                + "\" isCodable=\"true\"/>\n</Codes></CodeBook>\n"),
        QStringLiteral("attribute.qdc:4: the attribute name of <Code> is 1048576 characters long"));

    // Nine levels of ten: a billion "lol"s, 3 GB, if anything expanded them.
    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE CodeBook [\n<!ENTITY lol0 \"lol\">\n";
    for (int i = 1; i <= 9; ++i)
        laughs += "<!ENTITY lol" + QByteArray::number(i) + " \""
            + QByteArray("&lol" + QByteArray::number(i - 1) + ";").repeated(10) + "\">\n";
    laughs += "]>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"" + guid(1).toUtf8()
        + "\" name=\"&lol9;\" isCodable=\"true\"/></Codes></CodeBook>\n";
    r.check(QStringLiteral("billion laughs (.qdc)"), writeFile(dir.filePath(QStringLiteral("laughs.qdc")), laughs),
        QStringLiteral("laughs.qdc:13: the file declares a document type"));
}

TEST_CASE(
    "A tag path or quotes that would multiply a small file into gigabytes are refused", "[exchange][hostile][limits]")
{
    Refusal r;
    QTemporaryDir dir;
    // A 999-character name above a thousand children: each child's path would copy it.
    QByteArray codes
        = "<Code guid=\"" + guid(1).toUtf8() + "\" name=\"" + QByteArray(999, 'a') + "\" isCodable=\"true\">\n";
    for (int i = 2; i < 1000; ++i)
        codes += "<Code guid=\"" + guid(i).toUtf8() + "\" name=\"c\" isCodable=\"true\"/>\n";
    r.check(QStringLiteral("a long tag path"),
        writeFile(dir.filePath(QStringLiteral("path.qdc")),
            "<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>\n" + codes
                + "</Code></Codes></CodeBook>\n"),
        QStringLiteral("path.qdc:4: the code \""));

    // A thousand selections of a whole 100000-character text: 100 million quoted.
    QByteArray selections
        = "<Sources>\n<TextSource guid=\"" + guid(1).toUtf8() + "\" name=\"s\" plainTextPath=\"internal://a.txt\">\n";
    for (int i = 0; i < 1000; ++i)
        selections += "<PlainTextSelection guid=\"" + guid(10 + i).toUtf8()
            + "\" startPosition=\"0\" endPosition=\"100000\"/>\n";
    QByteArray qde = projectNaming({}, selections + "</TextSource>\n</Sources>\n");
    qde.replace("<Sources>\n</Sources>\n", "");
    const QString quotes = test::writeZip(dir.filePath(QStringLiteral("quotes.qdpx")),
        {{QStringLiteral("project.qde"), qde},
            {QStringLiteral("sources/a.txt"), QStringLiteral("你好。\n").toUtf8().repeated(25000)}});
    r.check(QStringLiteral("quotes of 100 million characters"), quotes,
        QStringLiteral("mark more than %1 characters in all").arg(RefiDocumentBuilder::kMaxQuotedCodePoints));
}

TEST_CASE("Hostile JSON: 100000 nested arrays, too many values and a 500 MiB file are refused with their line",
    "[exchange][hostile][limits]")
{
    Refusal r;
    QTemporaryDir dir;
    const QByteArray start = "{\"type\": \"AnnotationPage\",\n\"items\": [\n";
    r.check(QStringLiteral("100000 nested arrays"),
        writeFile(dir.filePath(QStringLiteral("deep.json")),
            start + QByteArray(100000, '[') + QByteArray(100000, ']') + "]}\n"),
        QStringLiteral("deep.json:3: the JSON is nested more than 64 levels deep"));
    r.check(QStringLiteral("5 million values"),
        writeFile(
            dir.filePath(QStringLiteral("values.json")), start + "\n\n" + QByteArray("0,").repeated(5000000) + "0]}\n"),
        QStringLiteral("values.json:5: the JSON holds more than 4000000 values"));
    const QString big = dir.filePath(QStringLiteral("big.json"));
    writeFile(big, start);
    REQUIRE(QFile::resize(big, qint64(500) << 20));
    r.check(QStringLiteral("a 500 MiB Web Annotation file"), big, QStringLiteral(": the file is 500 MiB"), 16,
        QStringLiteral("webannotation"));
}

TEST_CASE("Zip bombs: a lying size, a bomb, entries that share one entry, too many entries", "[exchange][hostile][zip]")
{
    Refusal r;
    QTemporaryDir dir;
    // 60 MiB of one letter deflates to some 60 KB.
    const QByteArray bomb(60 << 20, 'a');

    SECTION("An entry whose headers claim 100 bytes and that inflates to 60 MiB")
    {
        QByteArray zip = zipOf({{QStringLiteral("bomb.txt"), bomb}});
        for (int at : headers(zip, "PK\x01\x02"))
            put32(zip, at + 24, 100);
        for (int at : headers(zip, "PK\x03\x04"))
            put32(zip, at + 22, 100);
        const QString path = writeFile(dir.filePath(QStringLiteral("liar.zip")), zip);
        const test::PeakMemory memory;
        ZipReader reader(path);
        QString message;
        try {
            reader.read(QStringLiteral("bomb.txt"));
        } catch (const Error &e) {
            message = e.message();
        }
        INFO(message.toStdString());
        CHECK(message
            == path
                + QStringLiteral(": the archive entry \"bomb.txt\" holds more than the 100 bytes its header gives; "
                                 "the archive is damaged or forged, and it is refused."));
        CHECK(memory.grownMiB() < 8);
    }

    SECTION("An entry that claims 4 GiB is refused from its claim")
    {
        QByteArray zip = zipOf({{QStringLiteral("a.txt"), "hello"}});
        for (int at : headers(zip, "PK\x01\x02"))
            put32(zip, at + 24, 0xFFFFFFF0u);
        const QString path = writeFile(dir.filePath(QStringLiteral("claim.zip")), zip);
        ZipReader reader(path);
        CHECK_THROWS_WITH(reader.read(QStringLiteral("a.txt")), Catch::Contains("is larger than 64 MiB"));
    }

    SECTION("A bomb is refused from its ratio before it is inflated")
    {
        const QString path = test::writeZip(dir.filePath(QStringLiteral("bomb.qdpx")),
            {{QStringLiteral("project.qde"), projectNaming({QStringLiteral("sources/a.txt")})},
                {QStringLiteral("sources/a.txt"), bomb}});
        r.check(QStringLiteral("a 60 MiB bomb"), path,
            QStringLiteral("bytes, more than 100 times; no text does that, so it is refused as a zip bomb"));
    }

    SECTION("Eight sources that are one 20 MiB entry under eight names (overlapping entries)")
    {
        // Letters at random: they deflate too little to look like a bomb.
        QByteArray text(20 << 20, 'a');
        QRandomGenerator random(15);
        for (char &c : text)
            c = char('a' + random.bounded(26));
        QStringList names;
        for (char c = 'a'; c < 'i'; ++c)
            names << QStringLiteral("sources/%1.txt").arg(QLatin1Char(c));
        QList<QPair<QString, QByteArray>> entries {{QStringLiteral("project.qde"), projectNaming(names)}};
        for (const QString &name : names)
            entries << qMakePair(name, name == names.first() ? text : QByteArray("x"));
        QByteArray zip = zipOf(entries);
        // Every central entry after a.txt's points at a.txt's data, as in Fifield's
        // overlapping-file zip bomb.
        const QList<int> central = headers(zip, "PK\x01\x02");
        REQUIRE(central.size() == 9);
        const int a = central.at(1);
        for (int i = 2; i < central.size(); ++i) {
            for (int field : {10, 16, 20, 24, 42}) // method and time, CRC, sizes, local header
                put32(zip, central.at(i) + field, get32(zip, a + field));
        }
        const QString path = writeFile(dir.filePath(QStringLiteral("overlap.qdpx")), zip);
        r.check(QStringLiteral("8 x 20 MiB overlapping entries"), path,
            QStringLiteral("the archive entry \"sources/g.txt\" is larger than 64 MiB uncompressed (or than what is "
                           "left of the 128 MiB read per archive)"),
            400);
    }

    SECTION("An archive of 100001 entries")
    {
        QList<QPair<QString, QByteArray>> entries {{QStringLiteral("project.qde"), projectNaming({})}};
        for (int i = 0; i < ZipReader::kMaxEntries; ++i)
            entries << qMakePair(QStringLiteral("e/%1").arg(i), QByteArray());
        const QString path = test::writeZip(dir.filePath(QStringLiteral("entries.qdpx")), entries);
        r.check(QStringLiteral("100001 entries"), path,
            QStringLiteral("the archive has 100001 entries; at most 100000 are read"), 200);
    }
}

TEST_CASE("Zip slip: drive letters, UNC paths, backslashes and dot steps refuse the archive; nothing is written",
    "[exchange][hostile][zip]")
{
    Refusal r;
    QTemporaryDir outer;
    const QString inner = outer.filePath(QStringLiteral("in"));
    REQUIRE(QDir().mkpath(inner));
    const QStringList hostile {QStringLiteral("C:\\evil.txt"), QStringLiteral("c:evil.txt"),
        QStringLiteral("\\\\server\\share\\evil.txt"), QStringLiteral("sources\\..\\..\\evil.txt"),
        QStringLiteral("./../evil.txt"), QStringLiteral("sources/../../../evil.txt"), QStringLiteral("/tmp/evil.txt"),
        QStringLiteral("//evil.txt")};
    int n = 0;
    for (const QString &name : hostile) {
        const QString path = test::writeZip(inner + QStringLiteral("/slip%1.qdpx").arg(n++),
            {{QStringLiteral("project.qde"), projectNaming({})}, {name, QByteArray("owned")}});
        r.check(name, path, QStringLiteral("points outside the archive"));
    }
    CHECK(QDir(outer.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot) == QStringList {QStringLiteral("in")});
    CHECK_FALSE(QFile::exists(QStringLiteral("/tmp/evil.txt")));
    CHECK_FALSE(QFile::exists(QDir::current().filePath(QStringLiteral("evil.txt"))));
}
