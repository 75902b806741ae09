#include "models/core/boundedjson.h"
#include "models/core/error.h"
#include "models/core/inputfile.h"
#include "models/import/importservice.h"
#include "models/import/projectimporter.h"
#include "models/import/refiqda/refibitextlayout.h"
#include "models/import/refiqda/reficodebookparser.h"
#include "models/import/refiqda/refiprojectparser.h"
#include "models/import/refiqda/refixmlreader.h"
#include "models/import/webannotation/webannotationreader.h"
#include "models/store/documentrepository.h"
#include "models/text/textdecoder.h"
#include "tests/support/peakmemory.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>

#include <catch2/catch.hpp>
#include <functional>

using namespace bitext;

namespace {

constexpr qint64 k500MiB = qint64(500) << 20;

// A file of 500 MiB that starts like a transcript and costs no disk: the rest is
// a hole.
QString sparseTranscript(const QString &dir, const QString &name)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Host: 你好。\nGuest: Hello.\n").toUtf8());
    REQUIRE(file.resize(k500MiB));
    return path;
}

} // namespace

TEST_CASE(
    "A 500 MiB transcript is refused from its size, before it is read, and nothing is stored", "[import][hostile][big]")
{
    test::TemporaryLibrary lib;
    ImportService service(*lib);
    // Each way in: detected as a transcript, a named transcript format, and the
    // exchange formats (which read through InputFile as well).
    for (const char *name : {"big.txt", "big.srt", "big.qdc", "big.json"}) {
        const QString path = sparseTranscript(lib.dir(), QLatin1String(name));
        for (const QString &format :
            {QString(), QStringLiteral("plain"), QStringLiteral("qdc"), QStringLiteral("webannotation")}) {
            INFO(name << " as " << format.toStdString());
            const test::PeakMemory memory;
            QElapsedTimer timer;
            timer.start();
            ImportService::Options options;
            options.format = format;
            const ImportResult r = service.importFile(path, options);
            INFO(r.message.toStdString());
            CHECK(r.status == ImportResult::Status::Failed);
            CHECK(r.message
                == path
                    + QStringLiteral(": the file is 500 MiB; Bitext imports files of up to 64 MiB. Split it into "
                                     "smaller files and import them one by one."));
            CHECK(timer.elapsed() < 2000);
            // Reading it would have cost 500 MiB at least, decoding it twice that.
            INFO("peak memory grew by " << memory.grownMiB() << " MiB");
            CHECK(memory.grownMiB() < 16);
        }
    }
    CHECK(lib->documents().list().isEmpty());
    lib.reopen();
    CHECK(lib->documents().list().isEmpty());
}

TEST_CASE("An endless input (a device) stops at the limit instead of filling memory", "[import][hostile][big]")
{
    if (!QFile::exists(QStringLiteral("/dev/zero")))
        return;
    test::TemporaryLibrary lib;
    const test::PeakMemory memory;
    const ImportResult r = ImportService(*lib).importFile(QStringLiteral("/dev/zero"), {});
    CHECK(r.status == ImportResult::Status::Failed);
    CHECK(r.message.startsWith(QStringLiteral("/dev/zero: the file is 65 MiB; Bitext imports files of up to 64 MiB.")));
    INFO("peak memory grew by " << memory.grownMiB() << " MiB");
    CHECK(memory.grownMiB() < 3 * (InputFile::kMaxBytes >> 20));
    CHECK(lib->documents().list().isEmpty());
}

namespace {

enum class Reader { Transcript, Codebook, Project, WebAnnotation, Layout };

// One bad input: which reader, the file name, its bytes, a format to force, and
// the line its message must name (0: the file has no line to name, e.g. a JSON
// document that parses but holds no annotations).
struct BadInput
{
    Reader reader;
    const char *name;
    QByteArray bytes;
    int line;
    const char *reason; // a part of the message
    const char *format = ""; // forced, when the detector would take it for another form
};

QString messageOf(const BadInput &input)
{
    const QString name = QString::fromUtf8(input.name);
    try {
        switch (input.reader) {
        case Reader::Transcript:
            ImportService::parseBytes(input.bytes, name, QString::fromUtf8(input.format));
            break;
        case Reader::Codebook:
            RefiCodebookParser::parse(input.bytes, name);
            break;
        case Reader::Project:
            RefiProjectParser::parse(input.bytes, name);
            break;
        case Reader::WebAnnotation:
            WebAnnotationReader::parse(input.bytes, name);
            break;
        case Reader::Layout:
            RefiBitextLayout::parse(input.bytes, name);
            break;
        }
    } catch (const Error &e) {
        return e.message();
    }
    return QString();
}

QByteArray codebook(const QByteArray &codes)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">\n<Codes>\n"
        + codes + "\n</Codes>\n</CodeBook>\n";
}

QByteArray code(int n, const QByteArray &name = "c", const QByteArray &rest = "/>")
{
    return "<Code guid=\"6f0c1a52-8b1e-4d5b-9a43-" + QByteArray::number(n).rightJustified(12, '0') + "\" name=\"" + name
        + "\" isCodable=\"true\"" + rest;
}

QByteArray project(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">\n" + body
        + "\n</Project>\n";
}

QByteArray annotation(const char *exact = "你好")
{
    return QByteArray("{\"type\": \"Annotation\", \"target\": {\"source\": \"urn:x\", \"selector\": {\"type\": "
                      "\"TextQuoteSelector\", \"exact\": \"")
        + exact + "\"}}}";
}

QList<BadInput> badInputs()
{
    using R = Reader;
    const char *md = "markdown-article";
    const QByteArray yamlLaughs
        = "---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, "
          "*a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, "
          "*c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, "
          "*e, *e, *e, *e, *e, *e, *e]\n---\n# 标题\n\n你好。\n";
    QByteArray manyCodes;
    for (int i = 0; i < 10; ++i)
        manyCodes += code(i) + '\n';
    QByteArray deepCodes;
    for (int i = 0; i < 101; ++i)
        deepCodes += code(i, "c", ">");
    QByteArray manyAnnotations = "[";
    for (int i = 0; i <= WebAnnotationReader::kMaxAnnotations; ++i)
        manyAnnotations += i ? ",{}" : "{}";
    manyAnnotations += "]";

    return {
        // Decoding: empty, binary, broken or truncated UTF-8 and UTF-16, a line too long.
        {R::Transcript, "empty.txt", "", 1, "the file is empty"},
        {R::Transcript, "binary.txt", QByteArray("你好\n世界\n\0\0\0", 15), 3, "binary file"},
        {R::Transcript, "bad-utf8.txt",
            "Host: 你好，今天我们谈谈翻译。\nGuest: 好的，谢谢。\nHost: 第三行\xC3\x28 坏了\n", 3,
            "is not valid UTF-8"},
        {R::Transcript, "cut-utf8.txt", "你好。\n今天。\n明天\xE4\xBD", 3, "ends in the middle of a UTF-8 character"},
        {R::Transcript, "cut-utf16.txt",
            QByteArray("\xFF\xFE"
                       "a\0\n\0b\0\n\0c",
                11),
            3, "UTF-16LE"},
        {R::Transcript, "surrogate-utf16.txt",
            QByteArray("\xFF\xFE"
                       "a\0\n\0\n\0\x00\xDC"
                       "b\0",
                12),
            3, "UTF-16LE"},
        {R::Transcript, "long-line.txt", "第一行\n" + QByteArray(TextDecoder::kMaxLineBytes + 1, 'x') + "\n", 2,
            "lines over"},
        // Transcript forms.
        {R::Transcript, "no-text.txt", "123\n456\n", 1, "no recognisable text"},
        {R::Transcript, "no-text.md", "# 1\n\n2\n", 1, "no recognisable text", "markdown-article"},
        {R::Transcript, "no-text-turns.txt", "1: 2\n3: 4\n", 1, "no recognisable text", "speaker-turns"},
        {R::Transcript, "no-text-colon.txt", "1：2\n", 1, "no recognisable text", "name-colon"},
        {R::Transcript, "no-text-outline.md", "- 1\n- 2\n", 1, "no recognisable text", "outline"},
        {R::Transcript, "no-text-plain.txt", "...\n!!!\n", 1, "no recognisable text", "plain"},
        {R::Transcript, "no-time.srt", "1\nHello there\n", 1, "without a time line", "srt"},
        {R::Transcript, "bad-time.srt", "1\n00:00:01,000 --> later\nHi\n", 2, "cannot read the cue times", "srt"},
        {R::Transcript, "bad-minutes.srt", "1\n00:61:00,000 --> 00:62:00,000\nHi\n", 2, "cannot read the cue times",
            "srt"},
        {R::Transcript, "second-cue.srt", "1\n00:00:01,000 --> 00:00:02,000\nHi\n\n2\n00:00:03 --> 00:00:04,000\nYo\n",
            6, "cannot read the cue times", "srt"},
        {R::Transcript, "no-header.vtt", "00:01.000 --> 00:02.000\nHello\n", 1, "must start with \"WEBVTT\"", "vtt"},
        {R::Transcript, "bad-time.vtt", "WEBVTT\n\n00:01.000 --> soon\nHello\n", 3, "cannot read the cue times", "vtt"},
        {R::Transcript, "details.md", "# 标题\n\n你好。\n\n<details>\n<summary>English</summary>\nHello.\n", 5,
            "never closed with </details>", "markdown-article"},
        // YAML front matter.
        {R::Transcript, "unclosed.md", "---\ntitle: 标题\n\n你好。\n", 1, "never closed", md},
        {R::Transcript, "bad-yaml.md", "---\ntitle: 标题\ntags: [a, b\n---\n\n你好。\n", 3, "not valid YAML", md},
        {R::Transcript, "list-yaml.md", "---\n- a\n- b\n---\n\n你好。\n", 2, "not a YAML mapping", md},
        {R::Transcript, "key-yaml.md", "---\n? [a, b]\n: c\n---\n\n你好。\n", 2, "unusable key", md},
        {R::Transcript, "laughs.md", yamlLaughs, 2, "more than 100000 values", md},
        {R::Transcript, "deep-yaml.md",
            "---\ntitle: " + QByteArray(100000, '[') + QByteArray(100000, ']') + "\n---\n\n你好。\n", 2,
            "not valid YAML", md},
        // REFI-QDA codebooks (.qdc) and projects (project.qde).
        {R::Codebook, "broken.qdc", codebook(code(1, "a", ">")), 5, "not well-formed XML"},
        {R::Codebook, "doctype.qdc",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE CodeBook [<!ENTITY a \"b\">]>\n" + codebook(code(1)), 2,
            "declares a document type"},
        {R::Codebook, "root.qdc", "<?xml version=\"1.0\"?>\n\n<Project xmlns=\"urn:QDA-XML:project:1.0\"/>\n", 3,
            "its root element is <Project>"},
        {R::Codebook, "entity.qdc", codebook(code(1, "&nope;")), 4, "nope"},
        {R::Codebook, "empty.qdc", "", 1, "empty"},
        {R::Codebook, "no-name.qdc", codebook(code(1) + "\n" + code(2, "")), 5, "has no name"},
        {R::Codebook, "twice.qdc", codebook(code(1) + "\n" + code(1)), 5, "is used twice"},
        {R::Codebook, "guid.qdc", codebook("<Code guid=\"nope\" name=\"a\"/>"), 4, "is not a GUID"},
        {R::Codebook, "deep-codes.qdc", codebook(deepCodes), 4, "nested more than 100 levels"},
        {R::Codebook, "deep-xml.qdc", codebook(QByteArray("<x>").repeated(100000)), 4, "nested more than 256 levels"},
        {R::Codebook, "attribute.qdc", codebook(manyCodes + code(99, QByteArray(70000, 'n'))), 14,
            "is 70000 characters long"},
        {R::Codebook, "path.qdc", codebook(code(1, QByteArray(600, 'a'), ">\n") + code(2, QByteArray(600, 'b'))), 5,
            "of 1201 characters"},
        {R::Codebook, "elements.qdc",
            codebook(manyCodes + "<x>\n" + QByteArray("<y/>").repeated(int(RefiXmlReader::kMaxElements)) + "\n</x>"),
            15, "more than 1000000 elements"},
        {R::Codebook, "cut.qdc", codebook(code(1)).left(150), 4, "Premature end of document"},
        {R::Project, "guid.qde", project("<Users>\n<User guid=\"x\" name=\"Ana\"/>\n</Users>"), 4, "is not a GUID"},
        {R::Project, "coding.qde",
            project("<Sources>\n<TextSource guid=\"6f0c1a52-8b1e-4d5b-9a43-000000000001\" name=\"s\">\n"
                    "<PlainTextSelection guid=\"6f0c1a52-8b1e-4d5b-9a43-000000000002\" startPosition=\"0\" "
                    "endPosition=\"1\">\n<Coding guid=\"6f0c1a52-8b1e-4d5b-9a43-000000000003\"/>\n"
                    "</PlainTextSelection>\n</TextSource>\n</Sources>"),
            6, "names no code"},
        {R::Project, "position.qde",
            project("<Sources>\n<TextSource guid=\"6f0c1a52-8b1e-4d5b-9a43-000000000001\" name=\"s\">\n"
                    "<PlainTextSelection guid=\"6f0c1a52-8b1e-4d5b-9a43-000000000002\" startPosition=\"zero\" "
                    "endPosition=\"1\"/>\n</TextSource>\n</Sources>"),
            5, "is not a whole number"},
        {R::Project, "deep.qde", project(QByteArray("<x>\n").repeated(300)), 258, "nested more than 256 levels"},
        // Web Annotation JSON and the layout a Bitext .qdpx carries.
        {R::WebAnnotation, "broken.json", "[\n" + annotation() + "\n" + annotation() + "\n]\n", 3, "not valid JSON"},
        {R::WebAnnotation, "quote.json", "[\n" + annotation() + ",\n" + annotation("a\"b") + "\n]\n", 3,
            "is not closed"},
        {R::WebAnnotation, "trailing.json", "[\n" + annotation() + "\n]\n\n]\n", 5, "not valid JSON"},
        {R::WebAnnotation, "string.json", "[\n" + annotation() + ",\n\"never closed\n]\n", 3, "is not closed"},
        {R::WebAnnotation, "deep.json",
            "[\n" + annotation() + ",\n" + QByteArray(100000, '[') + QByteArray(100000, ']') + "\n]", 3,
            "nested more than 64 levels"},
        {R::WebAnnotation, "values.json",
            "[\n" + annotation() + ",\n[" + QByteArray("0,").repeated(int(BoundedJson::kMaxValues)) + "0]\n]", 3,
            "more than 4000000 values"},
        {R::WebAnnotation, "annotations.json", manyAnnotations, 0, "holds 100001 annotations"},
        {R::WebAnnotation, "nothing.json", "{\"rows\": []}\n", 0, "holds no annotations"},
        {R::WebAnnotation, "other.json", "{\"hello\": 1}\n", 0, "neither a Web Annotation collection"},
        {R::WebAnnotation, "pages.json", "{\"type\": \"AnnotationCollection\", \"first\": \"http://x/1\"}", 0,
            "pages are elsewhere"},
        {R::Layout, "x.qdpx:bitext/documents.json", "{\n\"version\": 1,\n\"documents\": [}\n", 3, "not valid JSON"},
        {R::Layout, "y.qdpx:bitext/documents.json", "{\n\"version\": 2\n}\n", 0, "layout version 2"},
    };
}

} // namespace

TEST_CASE("Every importer's error names the file and, where the file has lines, the line", "[import][hostile][lines]")
{
    const QList<BadInput> inputs = badInputs();
    int tried = 0;
    for (const BadInput &input : inputs) {
        const QString name = QString::fromUtf8(input.name);
        INFO(input.name);
        QElapsedTimer timer;
        timer.start();
        const QString message = messageOf(input);
        INFO(message.left(400).toStdString());
        CHECK(timer.elapsed() < 30000); // a million elements take a few seconds
        const QString where
            = input.line > 0 ? QStringLiteral("%1:%2: ").arg(name).arg(input.line) : name + QStringLiteral(": ");
        CHECK(message.startsWith(where));
        CHECK(message.contains(QString::fromUtf8(input.reason)));
        ++tried;
    }
    // The figure the README quotes.
    WARN(tried << " bad inputs tried, each refused with its file and line");
    CHECK(tried >= 50);
}
