#include "models/core/zipreader.h"
#include "tests/models/exchange/exchangefixture.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(test::exchangePath(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The QualCoder project with one edit to its project.qde.
QByteArray qualcoderWith(const QString &from, const QString &to)
{
    QString qde = QString::fromUtf8(fixture(QStringLiteral("qualcoder/project.qde")));
    REQUIRE(qde.contains(from));
    qde.replace(from, to);
    return qde.toUtf8();
}

QString kQde()
{
    return QStringLiteral("project.qde");
}

// A library with a document, tags, quotes and notes in it, which a refused import
// must leave exactly as it was.
struct Populated
{
    test::TemporaryLibrary lib;
    QTemporaryDir dir;
    QStringList before;

    Populated()
    {
        REQUIRE_FALSE(
            test::importExchange(*lib, test::packQdpx(QStringLiteral("nvivo"), dir.filePath(QStringLiteral("nv.qdpx"))))
                .failed);
        before = test::snapshot(*lib);
    }

    // Imports `path`, which must fail with a message naming the file and `reason`.
    void refuses(const QString &path, const QString &reason, const QString &format = QString())
    {
        const ProjectImportResult result = test::importExchange(*lib, path, format);
        INFO(result.error.toStdString());
        CHECK(result.failed);
        CHECK(result.error.contains(path));
        CHECK(result.error.contains(reason));
        CHECK(test::snapshot(*lib) == before);
        lib.reopen();
        CHECK(test::snapshot(*lib) == before);
    }

    QString qdpx(const QString &name, const QList<QPair<QString, QByteArray>> &replace)
    {
        return test::packQdpx(QStringLiteral("qualcoder"), dir.filePath(name), replace);
    }
};

} // namespace

TEST_CASE("Hostile archives: zip slip and absolute entry names refuse the whole archive", "[exchange][hostile]")
{
    Populated p;
    p.refuses(p.qdpx(QStringLiteral("slip.qdpx"), {{QStringLiteral("../../evil.txt"), QByteArray("owned")}}),
        QStringLiteral("\"../../evil.txt\" points outside the archive"));
    p.refuses(p.qdpx(QStringLiteral("slip2.qdpx"), {{QStringLiteral("sources/..\\..\\evil.txt"), QByteArray("owned")}}),
        QStringLiteral("points outside the archive"));
    p.refuses(p.qdpx(QStringLiteral("absolute.qdpx"), {{QStringLiteral("/etc/evil.txt"), QByteArray("owned")}}),
        QStringLiteral("points outside the archive"));
    CHECK_FALSE(ZipReader::isSafeName(QStringLiteral("C:/evil.txt")));
    CHECK(ZipReader::isSafeName(QStringLiteral("sources/a..b.txt")));
}

TEST_CASE(
    "Hostile archives: an entry larger than the limit is refused, whatever its header says", "[exchange][hostile]")
{
    Populated p;
    QString qde = QString::fromUtf8(fixture(QStringLiteral("qualcoder/project.qde")));
    const QString source = qde.section(QStringLiteral("internal://"), 1, 1).section(QLatin1Char('"'), 0, 0);
    // Zeros compress to almost nothing: a zip bomb of 65 MiB in a few kilobytes.
    const QByteArray huge(int(ZipReader::kMaxEntryBytes) + 1024, 'a');
    const QString path = p.qdpx(QStringLiteral("huge.qdpx"), {{QStringLiteral("sources/") + source, huge}});
    CHECK(QFile(path).size() < 1024 * 1024);
    p.refuses(path, QStringLiteral("larger than 64 MiB"));
}

TEST_CASE("Hostile XML: document type declarations and entities are refused", "[exchange][hostile]")
{
    Populated p;
    const QString laughs
        = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE Project [\n<!ENTITY lol \"lol\">\n"
                         "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                         "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n]>\n");
    p.refuses(p.qdpx(QStringLiteral("laughs.qdpx"),
                  {{kQde(),
                      qualcoderWith(QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"), laughs)
                          .replace("First interview", "&lol3;")}}),
        QStringLiteral("declares a document type"));
    const QString external
        = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE Project [<!ENTITY xxe "
                         "SYSTEM \"file:///etc/passwd\">]>\n");
    p.refuses(p.qdpx(QStringLiteral("xxe.qdpx"),
                  {{kQde(),
                      qualcoderWith(QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"), external)
                          .replace("First interview", "&xxe;")}}),
        QStringLiteral("declares a document type"));
    p.refuses(p.qdpx(QStringLiteral("entity.qdpx"),
                  {{kQde(), qualcoderWith(QStringLiteral("First interview"), QStringLiteral("&xxe;"))}}),
        QStringLiteral("project.qde:"));
    p.refuses(p.qdpx(QStringLiteral("broken.qdpx"), {{kQde(), qualcoderWith(QStringLiteral("</Sources>"), QString())}}),
        QStringLiteral("not well-formed XML"));

    QTemporaryDir dir;
    QFile codebook(dir.filePath(QStringLiteral("laughs.qdc")));
    REQUIRE(codebook.open(QIODevice::WriteOnly));
    codebook.write(laughs.toUtf8().replace("Project", "CodeBook")
        + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"6f0c1a52-8b1e-4d5b-9a43-"
          "0d7b4e1c2a01\" name=\"&lol3;\" isCodable=\"true\"/></Codes></CodeBook>\n");
    codebook.close();
    p.refuses(codebook.fileName(), QStringLiteral("declares a document type"));
}

TEST_CASE("Broken references: codes, users, notes and source files that are not there", "[exchange][hostile]")
{
    Populated p;
    QString qde = QString::fromUtf8(fixture(QStringLiteral("qualcoder/project.qde")));
    const QString ana = qde.section(QStringLiteral("creatingUserGUID=\""), 1, 1).section(QLatin1Char('"'), 0, 0);
    const QString tooling = qde.section(QStringLiteral("name=\"Tooling\""), 0, 0)
                                .section(QStringLiteral("guid=\""), -1)
                                .section(QLatin1Char('"'), 0, 0);
    const QString source = qde.section(QStringLiteral("internal://"), 1, 1).section(QLatin1Char('"'), 0, 0);
    const QString missing = QStringLiteral("00000000-0000-4000-8000-000000000000");

    p.refuses(p.qdpx(QStringLiteral("code.qdpx"),
                  {{kQde(),
                      qualcoderWith(QStringLiteral("<CodeRef targetGUID=\"") + tooling,
                          QStringLiteral("<CodeRef targetGUID=\"") + missing)}}),
        QStringLiteral("refers to the code ") + missing + QStringLiteral(", which the project does not define"));
    p.refuses(p.qdpx(QStringLiteral("user.qdpx"),
                  {{kQde(),
                      qualcoderWith(
                          QStringLiteral("<User guid=\"") + ana + QStringLiteral("\" name=\"Ana\"/>"), QString())}}),
        QStringLiteral("names the user ") + ana);
    p.refuses(p.qdpx(QStringLiteral("note.qdpx"),
                  {{kQde(),
                      qualcoderWith(QStringLiteral("<VariableValue><VariableRef"),
                          QStringLiteral("<NoteRef targetGUID=\"") + missing
                              + QStringLiteral("\"/><VariableValue><VariableRef"))}}),
        QStringLiteral("refers to the note ") + missing);
    p.refuses(
        p.qdpx(QStringLiteral("twice.qdpx"),
            {{kQde(),
                qualcoderWith(QStringLiteral("name=\"Bo\""),
                    QStringLiteral("name=\"Bo\"/><User guid=\"") + ana + QStringLiteral("\" name=\"Ana again\""))}}),
        QStringLiteral("is used twice"));
    p.refuses(
        p.qdpx(QStringLiteral("nofile.qdpx"),
            {{kQde(), qualcoderWith(QStringLiteral("internal://") + source, QStringLiteral("internal://gone.txt"))}}),
        QStringLiteral("sources/gone.txt, which the archive does not contain"));
    p.refuses(
        p.qdpx(QStringLiteral("guid.qdpx"),
            {{kQde(),
                qualcoderWith(QStringLiteral("<User guid=\"") + ana, QStringLiteral("<User guid=\"not-a-guid"))}}),
        QStringLiteral("which is not a GUID"));
}

TEST_CASE(
    "Positions out of range, reversed or not numbers are refused with the selection's line", "[exchange][hostile]")
{
    Populated p;
    p.refuses(
        p.qdpx(QStringLiteral("past.qdpx"),
            {{kQde(), qualcoderWith(QStringLiteral("endPosition=\"244\""), QStringLiteral("endPosition=\"9999\""))}}),
        QStringLiteral("runs from position 223 to 9999, outside the text of the source \"interview-1.txt\", which "
                       "has 278 characters"));
    p.refuses(
        p.qdpx(QStringLiteral("negative.qdpx"),
            {{kQde(), qualcoderWith(QStringLiteral("startPosition=\"89\""), QStringLiteral("startPosition=\"-3\""))}}),
        QStringLiteral("project.qde:"));
    p.refuses(
        p.qdpx(QStringLiteral("reversed.qdpx"),
            {{kQde(),
                qualcoderWith(QStringLiteral("startPosition=\"223\""), QStringLiteral("startPosition=\"250\""))}}),
        QStringLiteral("ends (at 244) before it starts (at 250)"));
    p.refuses(
        p.qdpx(QStringLiteral("word.qdpx"),
            {{kQde(), qualcoderWith(QStringLiteral("startPosition=\"223\""), QStringLiteral("startPosition=\"x\""))}}),
        QStringLiteral("is not a whole number"));
}

TEST_CASE("A failure while storing rolls the whole project back", "[exchange][hostile]")
{
    Populated p;
    // The note's text file is only read when its quote is stored, after the
    // document and the codes went in: the transaction must take them back out.
    const QString noteGuid = QStringLiteral("7d0c1a52-8b1e-4d5b-9a43-0d7b4e1c2a09");
    QByteArray qde = qualcoderWith(QStringLiteral("<Description>No tooling in 2019.</Description>"),
        QStringLiteral("<NoteRef targetGUID=\"") + noteGuid + QStringLiteral("\"/>"));
    qde.replace("</Sources>",
        QByteArray("</Sources><Notes><Note guid=\"" + noteGuid.toUtf8()
            + "\" name=\"lost\" plainTextPath=\"internal://lost.txt\"/></Notes>"));
    p.refuses(p.qdpx(QStringLiteral("late.qdpx"), {{kQde(), qde}}), QStringLiteral("sources/lost.txt"));
}

TEST_CASE("Not what the name says: a text file called .qdpx, a project without project.qde, bad codebooks",
    "[exchange][hostile]")
{
    Populated p;
    QTemporaryDir dir;
    QFile text(dir.filePath(QStringLiteral("notes.qdpx")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("Host: hello\n");
    text.close();
    p.refuses(text.fileName(), QStringLiteral("not a readable zip archive"));
    p.refuses(test::writeZip(dir.filePath(QStringLiteral("empty.qdpx")), {{QStringLiteral("readme.txt"), "hi"}}),
        QStringLiteral("has no project.qde"));
    p.refuses(p.qdpx(QStringLiteral("codebook.qdpx"), {{kQde(), fixture(QStringLiteral("codebook.qdc"))}}),
        QStringLiteral("this is not a REFI-QDA project"));

    QString deep = QStringLiteral("<?xml version=\"1.0\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>");
    for (int i = 0; i < 150; ++i)
        deep += QStringLiteral("<Code guid=\"6f0c1a52-8b1e-4d5b-9a43-%1\" name=\"c\" isCodable=\"true\">")
                    .arg(i, 12, 10, QLatin1Char('0'));
    QFile nested(dir.filePath(QStringLiteral("deep.qdc")));
    REQUIRE(nested.open(QIODevice::WriteOnly));
    nested.write(deep.toUtf8());
    nested.close();
    p.refuses(nested.fileName(), QStringLiteral("nested more than 100 levels"));
}
