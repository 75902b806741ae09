// Find in document (DocumentFinder) while the user types: prefixes and substrings.
#include "models/search/documentfinder.h"

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

QList<Segment> panel()
{
    const QList<QPair<QString, QString>> texts {
        {QStringLiteral("我们来谈谈对齐。"), QStringLiteral("Let's talk about alignment.")},
        {QStringLiteral("對齊研究很重要"), QStringLiteral("Alignment research matters")},
        {QStringLiteral("嗯"), QStringLiteral("Hmm")},
        {QStringLiteral("对，齐不是一个词"), QStringLiteral("Outer and inner ALIGNMENT")},
        {QStringLiteral("ＡＩ安全与对齐问题"), QStringLiteral("AI safety and the alignment problem")},
        {QStringLiteral("我 不 认为 有人 知道"), QStringLiteral("I don't think anyone knows")}};
    QList<Segment> segments;
    for (int i = 0; i < texts.size(); ++i) {
        Segment s;
        s.id = 100 + i;
        s.ordinal = i;
        s.zh = texts.at(i).first;
        s.en = texts.at(i).second;
        segments << s;
    }
    return segments;
}

// The original text of every hit, in reading order.
QStringList found(const QString &query)
{
    const QList<Segment> segments = panel();
    QStringList texts;
    for (const DocumentHit &hit : DocumentFinder::find(segments, query))
        texts << segments.at(hit.segmentOrdinal).text(hit.side).mid(hit.range.start, hit.range.length);
    return texts;
}

} // namespace

TEST_CASE("Find in document matches every prefix and substring while typing", "[search][find]")
{
    CHECK(found(QStringLiteral("Al")).size() == 5); // t[al]k too
    CHECK(found(QStringLiteral("alig"))
        == QStringList {
            QStringLiteral("alig"), QStringLiteral("Alig"), QStringLiteral("ALIG"), QStringLiteral("alig")});
    CHECK(found(QStringLiteral("ment")).size() == 4);
    CHECK(found(QStringLiteral("lignment r")) == QStringList {QStringLiteral("lignment r")});
    // Plain text is one phrase: "and the", not every "and" and every "the".
    CHECK(found(QStringLiteral("and the")) == QStringList {QStringLiteral("and the")});
    // The query syntax of library search still works where it is used.
    CHECK(found(QStringLiteral("\"inner\" OR 嗯")) == QStringList {QStringLiteral("嗯"), QStringLiteral("inner")});
    CHECK(found(QStringLiteral("，")).isEmpty());
}

TEST_CASE("Find in document matches Chinese substrings in either script", "[search][find]")
{
    CHECK(found(QStringLiteral("齐"))
        == QStringList {QStringLiteral("齐"), QStringLiteral("齊"), QStringLiteral("齐"), QStringLiteral("齐")});
    CHECK(found(QStringLiteral("齊研")) == QStringList {QStringLiteral("齊研")});
    CHECK(found(QStringLiteral("齐研")) == QStringList {QStringLiteral("齊研")});
    // Spaces of speech recognition do not matter; full-width letters fold.
    CHECK(found(QStringLiteral("不认")) == QStringList {QStringLiteral("不 认")});
    CHECK(found(QStringLiteral("ai安")) == QStringList {QStringLiteral("ＡＩ安")});
    // Punctuation still divides: 对，齐 is not 对齐.
    CHECK(found(QStringLiteral("对齐")).size() == 3);
}

TEST_CASE("A finder folds the document once and finds as a one-off search does", "[search][find]")
{
    const QList<Segment> segments = panel();
    const DocumentFinder finder(segments);
    for (const QString &query : {QStringLiteral("a"), QStringLiteral("alig"), QStringLiteral("齐"),
             QStringLiteral("and the"), QStringLiteral("对齐 OR hmm")}) {
        INFO(query.toStdString());
        const QList<DocumentHit> once = finder.find(query);
        const QList<DocumentHit> fresh = DocumentFinder::find(segments, query);
        REQUIRE(once.size() == fresh.size());
        for (int i = 0; i < once.size(); ++i) {
            CHECK(once.at(i).segmentId == fresh.at(i).segmentId);
            CHECK(once.at(i).side == fresh.at(i).side);
            CHECK(once.at(i).range == fresh.at(i).range);
        }
    }
    CHECK(DocumentFinder().find(QStringLiteral("a")).isEmpty());
}

TEST_CASE("Hits map back to the original where folding changes the length of a side", "[search][find]")
{
    // ß folds to ss, the ligature ﬁ to fi and … to ...: the folded side is longer than
    // the original, and so are the sides kept after it in the finder's shared text.
    QList<Segment> segments;
    for (const QString &en : {QStringLiteral("Straße: ﬁne…fish"), QStringLiteral("Fish ﬁsh"), QStringLiteral("fish")}) {
        Segment s;
        s.id = 200 + segments.size();
        s.ordinal = int(segments.size());
        s.zh = QStringLiteral("對齊");
        s.en = en;
        segments << s;
    }
    const DocumentFinder finder(segments);
    auto found = [&](const QString &query) {
        QStringList texts;
        for (const DocumentHit &hit : finder.find(query))
            texts << segments.at(hit.segmentOrdinal).text(hit.side).mid(hit.range.start, hit.range.length);
        return texts;
    };
    CHECK(found(QStringLiteral("fi"))
        == QStringList {QStringLiteral("ﬁ"), QStringLiteral("fi"), QStringLiteral("Fi"), QStringLiteral("ﬁ"),
            QStringLiteral("fi")});
    CHECK(found(QStringLiteral("ss")) == QStringList {QStringLiteral("ß")});
    CHECK(found(QStringLiteral("strasse")) == QStringList {QStringLiteral("Straße")});
    CHECK(found(QStringLiteral("sh ﬁ")) == QStringList {QStringLiteral("sh ﬁ")});
    CHECK(found(QStringLiteral("对")).size() == 3);
    const QList<DocumentHit> last = finder.find(QStringLiteral("fish"));
    REQUIRE(last.size() == 4);
    CHECK(last.at(3).segmentId == 202);
    CHECK(last.at(3).range == TextRange {0, 4});
}
