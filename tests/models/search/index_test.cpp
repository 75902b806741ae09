#include "models/core/error.h"
#include "models/search/documentfinder.h"
#include "models/search/librarysearch.h"
#include "models/search/searchindex.h"
#include "models/store/annotationrepository.h"
#include "models/store/database.h"
#include "models/store/schemamigrator.h"
#include "models/store/documentrepository.h"
#include "models/store/noterepository.h"
#include "models/store/speakerrepository.h"
#include "models/store/sqldialect.h"
#include "models/store/tagrepository.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

Segment segment(const QString &speaker, const QString &zh, const QString &en)
{
    Segment s;
    s.speaker = speaker;
    s.zh = zh;
    s.en = en;
    return s;
}

ParsedDocument panel()
{
    ParsedDocument p;
    p.document.title = QStringLiteral("Panel 對齊");
    p.document.format = QStringLiteral("speaker-turns");
    p.segments << segment(QStringLiteral("Host"), QStringLiteral("我们来谈谈对齐。"), QStringLiteral("Let's talk about alignment."))
               << segment(QStringLiteral("Yan"), QStringLiteral("對齊研究很重要"), QStringLiteral("Alignment research matters"))
               << segment(QStringLiteral("Host"), QStringLiteral("嗯"), QStringLiteral("Hmm"))
               << segment(QStringLiteral("Yan"), QStringLiteral("对，齐不是一个词"), QStringLiteral("Outer and inner ALIGNMENT"))
               << segment(QStringLiteral("Host"), QStringLiteral("ＡＩ安全与对齐问题"), QStringLiteral("AI safety and the alignment problem"))
               << segment(QStringLiteral("Yan"), QStringLiteral("我 不 认为 有人 知道"), QStringLiteral("I don't think anyone knows"));
    return p;
}

QList<int> ordinals(const QList<SearchResult> &results, Side side)
{
    QList<int> list;
    for (const SearchResult &r : results) {
        if (r.source == SearchSource::Segment && r.side == side)
            list << r.segmentOrdinal;
    }
    return list;
}

QList<int> zh(LibrarySearch &search, const QString &query, const SearchFilter &filter = SearchFilter())
{
    return ordinals(search.search(query, filter), Side::Zh);
}

QList<int> en(LibrarySearch &search, const QString &query, const SearchFilter &filter = SearchFilter())
{
    return ordinals(search.search(query, filter), Side::En);
}

int indexRows(Library &library)
{
    return library.database().scalar(QStringLiteral("SELECT count(*) FROM search_text")).toInt();
}

} // namespace

TEST_CASE("One-, two- and four-character Han queries find exact strings", "[search][index]")
{
    test::TemporaryLibrary lib;
    lib->documents().insert(panel());
    LibrarySearch search(lib->database());
    CHECK(zh(search, QStringLiteral("嗯")) == QList<int>{2});
    CHECK(zh(search, QStringLiteral("对齐")) == QList<int>{0, 1, 4});
    CHECK(zh(search, QStringLiteral("对齐研究")) == QList<int>{1});
    CHECK(zh(search, QStringLiteral("研究对齐")).isEmpty());
    // Spaces between Han characters (speech recognition) do not break a word.
    CHECK(zh(search, QStringLiteral("我不认为")) == QList<int>{5});
}

TEST_CASE("Traditional and Simplified queries match each other both ways", "[search][index]")
{
    test::TemporaryLibrary lib;
    lib->documents().insert(panel());
    LibrarySearch search(lib->database());
    CHECK(zh(search, QStringLiteral("對齊")) == zh(search, QStringLiteral("对齐")));
    CHECK(zh(search, QStringLiteral("對齊研究")) == QList<int>{1});
    // Hits are marked in the original, Traditional text.
    const QList<SearchResult> results = search.search(QStringLiteral("对齐研究"));
    REQUIRE(results.size() == 1);
    CHECK(results.first().text == QStringLiteral("對齊研究很重要"));
    REQUIRE(results.first().hits.size() == 1);
    CHECK(results.first().hits.first() == TextRange{0, 4});
}

TEST_CASE("Full-width, half-width and letter case fold together", "[search][index]")
{
    test::TemporaryLibrary lib;
    lib->documents().insert(panel());
    LibrarySearch search(lib->database());
    CHECK(zh(search, QStringLiteral("AI安全")) == QList<int>{4});
    CHECK(en(search, QStringLiteral("ａｉ")) == QList<int>{4});
    CHECK(en(search, QStringLiteral("alignment")) == QList<int>{0, 1, 3, 4});
    CHECK(en(search, QStringLiteral("ALIGNMENT")) == QList<int>{0, 1, 3, 4});
    const QList<SearchResult> results = search.search(QStringLiteral("ai安全"));
    REQUIRE(results.size() == 1);
    CHECK(results.first().hits.first() == TextRange{0, 4}); // "ＡＩ安全"
}

TEST_CASE("A phrase matches only consecutive words and never across punctuation", "[search][index]")
{
    test::TemporaryLibrary lib;
    lib->documents().insert(panel());
    LibrarySearch search(lib->database());
    CHECK(en(search, QStringLiteral("\"alignment research\"")) == QList<int>{1});
    CHECK(en(search, QStringLiteral("\"research alignment\"")).isEmpty());
    CHECK(en(search, QStringLiteral("\"outer alignment\"")).isEmpty()); // "Outer and inner ALIGNMENT"
    CHECK(en(search, QStringLiteral("outer alignment")) == QList<int>{3});
    // 对，齐 in segment 3 is not 对齐.
    CHECK_FALSE(zh(search, QStringLiteral("对齐")).contains(3));
    CHECK(zh(search, QStringLiteral("对齐问题")) == QList<int>{4});
}

TEST_CASE("Prefix, AND, OR, NOT and mixed Chinese-English queries", "[search][index]")
{
    test::TemporaryLibrary lib;
    lib->documents().insert(panel());
    LibrarySearch search(lib->database());
    CHECK(en(search, QStringLiteral("align*")) == QList<int>{0, 1, 3, 4});
    CHECK(en(search, QStringLiteral("\"alignment res\"*")) == QList<int>{1});
    CHECK(en(search, QStringLiteral("alignment AND safety")) == QList<int>{4});
    CHECK(en(search, QStringLiteral("hmm OR research")) == QList<int>{1, 2});
    CHECK(en(search, QStringLiteral("alignment NOT inner")) == QList<int>{0, 1, 4});
    CHECK(zh(search, QStringLiteral("AI 对齐")) == QList<int>{4});
    CHECK(zh(search, QStringLiteral("对齐 NOT 研究")) == QList<int>{0, 4});
    const QList<SearchResult> prefixed = search.search(QStringLiteral("align*"), SearchFilter{0, 0, 0, Side::En, 10});
    REQUIRE_FALSE(prefixed.isEmpty());
    CHECK(prefixed.first().text.mid(prefixed.first().hits.first().start, prefixed.first().hits.first().length)
          == QStringLiteral("alignment"));
}

TEST_CASE("Hostile input never reaches FTS5 as syntax", "[search][index]")
{
    test::TemporaryLibrary lib;
    lib->documents().insert(panel());
    LibrarySearch search(lib->database());
    const QStringList inputs{QStringLiteral("\""), QStringLiteral("\"\"\""), QStringLiteral("body:对齐"),
                             QStringLiteral("NEAR(a b)"), QStringLiteral("^alignment"), QStringLiteral("a + b"),
                             QStringLiteral("((("), QStringLiteral(")))"), QStringLiteral("OR AND NOT"),
                             QStringLiteral("*"), QStringLiteral("a**"), QStringLiteral("'; DROP TABLE segments; --"),
                             QStringLiteral("{body}: x"), QStringLiteral("-alignment"), QStringLiteral("\u0000x")};
    for (const QString &input : inputs) {
        INFO(input.toStdString());
        CHECK_NOTHROW(search.search(input));
    }
    CHECK(en(search, QStringLiteral("^alignment")) == QList<int>{0, 1, 3, 4});
    CHECK(lib->documents().segmentCount(1) == 6);
}

TEST_CASE("Filters narrow results by document, speaker, tag and side", "[search][index]")
{
    test::TemporaryLibrary lib;
    const qint64 first = lib->documents().insert(panel());
    ParsedDocument other = panel();
    other.document.title = QStringLiteral("Other");
    const qint64 second = lib->documents().insert(other);
    LibrarySearch search(lib->database());

    SearchFilter byDocument;
    byDocument.documentId = second;
    for (const SearchResult &r : search.search(QStringLiteral("对齐"), byDocument))
        CHECK(r.documentId == second);
    CHECK(search.search(QStringLiteral("对齐"), byDocument).size() == 3);

    SearchFilter bySpeaker;
    bySpeaker.documentId = first;
    bySpeaker.speakerId = lib->speakers().findByName(QStringLiteral("Yan"))->id;
    CHECK(en(search, QStringLiteral("alignment"), bySpeaker) == QList<int>{1, 3});

    // The speaker is read at query time: after merging Yan into Host, Host has them.
    lib->speakers().merge(bySpeaker.speakerId, lib->speakers().findByName(QStringLiteral("Host"))->id);
    bySpeaker.speakerId = lib->speakers().findByName(QStringLiteral("Host"))->id;
    CHECK(en(search, QStringLiteral("alignment"), bySpeaker) == QList<int>{0, 1, 3, 4});

    SearchFilter bySide;
    bySide.documentId = first;
    bySide.side = Side::En;
    for (const SearchResult &r : search.search(QStringLiteral("alignment OR 对齐"), bySide))
        CHECK(r.side == Side::En);

    // A tag covers the segments of its annotations (and a parent tag its children's).
    const qint64 parent = lib->tags().ensurePath(QStringLiteral("Themes/Alignment"));
    const QList<Segment> segments = lib->documents().segments(first);
    Annotation a;
    a.documentId = first;
    a.side = Side::Zh;
    a.startSegmentId = segments.at(4).id;
    a.endSegmentId = segments.at(4).id;
    a.endOffset = 4;
    a.quote = QStringLiteral("ＡＩ安全");
    a.tagIds << parent;
    lib->annotations().create(a);
    SearchFilter byTag;
    byTag.tagId = lib->tags().findByPath(QStringLiteral("Themes"))->id;
    CHECK(zh(search, QStringLiteral("对齐"), byTag) == QList<int>{4});
}

TEST_CASE("Titles, annotation quotes and notes are searchable", "[search][index]")
{
    test::TemporaryLibrary lib;
    const qint64 id = lib->documents().insert(panel());
    LibrarySearch search(lib->database());
    QList<SearchResult> results = search.search(QStringLiteral("panel"));
    REQUIRE(results.size() == 1);
    CHECK(results.first().source == SearchSource::Title);

    Annotation a;
    a.documentId = id;
    a.side = Side::En;
    a.startSegmentId = lib->documents().segments(id).at(1).id;
    a.endSegmentId = a.startSegmentId;
    a.endOffset = 9;
    a.quote = QStringLiteral("Alignment");
    const qint64 annotationId = lib->annotations().create(a);
    lib->notes().setAnnotationNote(annotationId, QStringLiteral("Compare with **Zwiebelschalen** model"));
    lib->notes().setDocumentNote(id, QStringLiteral("讨论了有机对齐"));

    results = search.search(QStringLiteral("zwiebelschalen"));
    REQUIRE(results.size() == 1);
    CHECK(results.first().source == SearchSource::Note);
    CHECK(results.first().annotationId == annotationId);
    CHECK(results.first().segmentOrdinal == 1);
    CHECK(results.first().speaker == QStringLiteral("Yan"));
    CHECK(search.search(QStringLiteral("有机对齐")).size() == 1);

    int quotes = 0;
    for (const SearchResult &r : search.search(QStringLiteral("alignment")))
        quotes += r.source == SearchSource::Annotation ? 1 : 0;
    CHECK(quotes == 1);

    // Deleting the annotation removes its quote and its note from the index.
    lib->annotations().remove(annotationId);
    CHECK(search.search(QStringLiteral("zwiebelschalen")).isEmpty());
    lib->notes().setDocumentNote(id, QString());
    CHECK(search.search(QStringLiteral("有机对齐")).isEmpty());
}

TEST_CASE("Edits and deletes update the index in the same transaction", "[search][index]")
{
    test::TemporaryLibrary lib;
    const qint64 id = lib->documents().insert(panel());
    LibrarySearch search(lib->database());
    const int rows = indexRows(*lib);
    CHECK(rows == 13); // title + 12 sides

    // A rolled-back delete leaves the index as it was.
    {
        Transaction tx(lib->database());
        lib->documents().remove(id);
        CHECK(search.search(QStringLiteral("对齐")).isEmpty());
    }
    CHECK(indexRows(*lib) == rows);
    CHECK(zh(search, QStringLiteral("对齐")) == QList<int>{0, 1, 4});

    // A failing replaceText (a title-less document would be fine, an invalid
    // section ordinal is not) rolls the index back with the text.
    ParsedDocument replacement = panel();
    replacement.segments = {segment(QString(), QStringLiteral("全新的内容"), QStringLiteral("Brand new"))};
    lib->documents().replaceText(id, replacement);
    CHECK(zh(search, QStringLiteral("对齐")).isEmpty());
    CHECK(zh(search, QStringLiteral("全新")) == QList<int>{0});

    Document renamed = *lib->documents().find(id);
    renamed.title = QStringLiteral("Renamed talk");
    lib->documents().updateMetadata(renamed);
    CHECK(search.search(QStringLiteral("panel")).isEmpty());
    CHECK(search.search(QStringLiteral("renamed")).size() == 1);

    lib->documents().remove(id);
    CHECK(indexRows(*lib) == 0);
    CHECK(lib->database().scalar(QStringLiteral("SELECT count(*) FROM search_entries")).toInt() == 0);
}

TEST_CASE("Rebuilding fills the index from existing rows", "[search][index]")
{
    test::TemporaryLibrary lib;
    lib->documents().insert(panel());
    lib->database().dialect().clearSearchTable(lib->database());
    lib->database().exec(QStringLiteral("DELETE FROM search_entries"));
    LibrarySearch search(lib->database());
    CHECK(search.search(QStringLiteral("对齐")).isEmpty());
    SearchIndex(lib->database()).rebuild();
    CHECK(zh(search, QStringLiteral("對齊")) == QList<int>{0, 1, 4});
}

TEST_CASE("Upgrading a version-1 library builds the index from its rows", "[sqlite][search][index]")
{
    test::TemporaryLibrary lib;
    lib->documents().insert(panel());
    Database &db = lib->database();
    db.exec(QStringLiteral("DROP TABLE search_text"));
    db.exec(QStringLiteral("DROP TABLE search_entries"));
    db.exec(QStringLiteral("PRAGMA user_version = 1"));
    lib.reopen();
    CHECK(lib->database().scalar(QStringLiteral("PRAGMA user_version")).toInt() == SchemaMigrator::currentVersion());
    CHECK_FALSE(lib->upgradeBackupPath().isEmpty());
    LibrarySearch search(lib->database());
    CHECK(zh(search, QStringLiteral("對齊")) == QList<int>{0, 1, 4});
    CHECK(search.search(QStringLiteral("panel")).size() == 1);
}

TEST_CASE("Find in document lists every hit in reading order, both sides", "[search][find]")
{
    ParsedDocument p = panel();
    for (int i = 0; i < p.segments.size(); ++i) {
        p.segments[i].id = 100 + i;
        p.segments[i].ordinal = i;
    }
    const QList<DocumentHit> hits = DocumentFinder::find(p.segments, QStringLiteral("對齊 OR alignment"));
    QStringList found;
    for (const DocumentHit &hit : hits)
        found << QStringLiteral("%1%2:%3+%4").arg(hit.segmentOrdinal).arg(sideName(hit.side)).arg(hit.range.start).arg(hit.range.length);
    INFO(found.join(QLatin1Char(' ')).toStdString());
    CHECK(found
          == QStringList{QStringLiteral("0zh:5+2"), QStringLiteral("0en:17+9"), QStringLiteral("1zh:0+2"),
                         QStringLiteral("1en:0+9"), QStringLiteral("3en:16+9"), QStringLiteral("4zh:5+2"),
                         QStringLiteral("4en:18+9")});
    CHECK(DocumentFinder::find(p.segments, QStringLiteral("，")).isEmpty());
}
