#include "models/analysis/concordance.h"
#include "models/analysis/wordfrequency.h"
#include "models/analysis/wordprogress.h"
#include "models/domain/parseddocument.h"
#include "models/store/documentrepository.h"
#include "models/store/speakerrepository.h"
#include "tests/support/testsupport.h"
#include "tests/support/wordsamples.h"

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

struct Fixture
{
    test::TemporaryLibrary lib;
    test::WordSamples samples {*lib};
    qint64 talk = samples.talk;
    qint64 notes = samples.notes;
    qint64 values = samples.values;
};

const WordFrequencyRow *rowOf(const WordFrequencyGroup &group, const QString &word)
{
    for (const WordFrequencyRow &row : group.rows) {
        if (row.word == word)
            return &row;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Word frequency of the whole library, folded, with rates per 10,000 units", "[analysis][frequency]")
{
    Fixture f;
    WordFrequencyOptions options;
    options.stopWords = StopWords(StopWords::defaults(Side::Zh), StopWords::defaults(Side::En));
    const QList<WordFrequencyGroup> groups = WordFrequency::compute(*f.lib, AnalysisFilter(), options);
    REQUIRE(groups.size() == 1);
    const WordFrequencyGroup &all = groups.first();
    CHECK(all.units == 29);
    const WordFrequencyRow *aligned = rowOf(all, QStringLiteral("对齐"));
    REQUIRE(aligned);
    CHECK(aligned->count == 3); // 对齐 + 對齊 + 对齐
    CHECK(aligned->rate == Approx(3 * 10000.0 / 29));
    const WordFrequencyRow *alignment = rowOf(all, QStringLiteral("alignment"));
    REQUIRE(alignment);
    CHECK(alignment->count == 4);
    CHECK(rowOf(all, QStringLiteral("价值观")));
    CHECK_FALSE(rowOf(all, QStringLiteral("對齊"))); // folded into 对齐
    CHECK_FALSE(rowOf(all, QStringLiteral("我们"))); // stop words
    CHECK_FALSE(rowOf(all, QStringLiteral("we")));
    CHECK_FALSE(rowOf(all, QStringLiteral("and")));
    // Most frequent first, ties by word.
    CHECK(all.rows.first().word == QStringLiteral("alignment"));
    for (int i = 1; i < all.rows.size(); ++i) {
        const WordFrequencyRow &a = all.rows.at(i - 1);
        const WordFrequencyRow &b = all.rows.at(i);
        CHECK((a.count > b.count || (a.count == b.count && a.word < b.word)));
    }

    options.minimumLength = 3;
    const WordFrequencyGroup longer = WordFrequency::compute(*f.lib, AnalysisFilter(), options).first();
    CHECK_FALSE(rowOf(longer, QStringLiteral("对齐")));
    CHECK(rowOf(longer, QStringLiteral("价值观")));
}

TEST_CASE("Word frequency by side, speaker, document and code", "[analysis][frequency]")
{
    Fixture f;
    WordFrequencyOptions options;
    AnalysisFilter zh;
    zh.side = Side::Zh;
    const WordFrequencyGroup chinese = WordFrequency::compute(*f.lib, zh, options).first();
    CHECK(chinese.units == 18);
    CHECK(rowOf(chinese, QStringLiteral("对齐"))->rate == Approx(3 * 10000.0 / 18));
    CHECK_FALSE(rowOf(chinese, QStringLiteral("alignment")));

    AnalysisFilter ana;
    ana.speakerIds = {f.lib->speakers().findByName(QStringLiteral("Ana"))->id};
    const WordFrequencyGroup anaWords = WordFrequency::compute(*f.lib, ana, options).first();
    CHECK(anaWords.units == 9); // 我们研究对齐 + We study alignment
    CHECK(rowOf(anaWords, QStringLiteral("对齐"))->count == 1);
    CHECK(rowOf(anaWords, QStringLiteral("alignment"))->count == 1);

    options.grouping = WordGrouping::Document;
    const QList<WordFrequencyGroup> byDocument = WordFrequency::compute(*f.lib, AnalysisFilter(), options);
    REQUIRE(byDocument.size() == 2);
    for (const WordFrequencyGroup &group : byDocument) {
        if (group.id == f.talk) {
            CHECK(group.label == QStringLiteral("Talk"));
            CHECK(group.units == 23);
            CHECK(rowOf(group, QStringLiteral("alignment"))->count == 3);
        } else {
            CHECK(group.id == f.notes);
            CHECK(group.units == 6);
            CHECK(rowOf(group, QStringLiteral("alignment"))->count == 1);
        }
    }

    options.grouping = WordGrouping::Speaker;
    const QList<WordFrequencyGroup> bySpeaker = WordFrequency::compute(*f.lib, AnalysisFilter(), options);
    REQUIRE(bySpeaker.size() == 3); // no speaker, Ana, Ben
    CHECK(bySpeaker.first().id == 0);
    CHECK(bySpeaker.first().units == 6);
    // A group without text on the side asked for is left out: a Chinese-only document
    // without speakers gives no "no speaker" group in English.
    ParsedDocument zhOnly;
    zhOnly.document.title = QStringLiteral("Chinese only");
    zhOnly.document.format = QStringLiteral("plain");
    Segment s;
    s.zh = QStringLiteral("只有中文");
    zhOnly.segments << s;
    AnalysisFilter english;
    english.side = Side::En;
    english.documentIds = {f.talk, f.lib->documents().insert(zhOnly)};
    const QList<WordFrequencyGroup> englishSpeakers = WordFrequency::compute(*f.lib, english, options);
    REQUIRE(englishSpeakers.size() == 2); // Ana, Ben
    CHECK(englishSpeakers.first().id != 0);

    // Inside the quotes of a code: 对齐很重要 is 5 units, 对齐 once.
    options.grouping = WordGrouping::None;
    AnalysisFilter coded;
    coded.tagIds = {f.values};
    const WordFrequencyGroup quoted = WordFrequency::compute(*f.lib, coded, options).first();
    CHECK(quoted.units == 5);
    CHECK(rowOf(quoted, QStringLiteral("对齐"))->count == 1);
    CHECK_FALSE(rowOf(quoted, QStringLiteral("研究")));
    coded.authors = QStringList {QStringLiteral("Ben")};
    CHECK(WordFrequency::compute(*f.lib, coded, options).first().units == 0);

    options.grouping = WordGrouping::Code;
    const QList<WordFrequencyGroup> byCode = WordFrequency::compute(*f.lib, AnalysisFilter(), options);
    REQUIRE(byCode.size() == 1);
    CHECK(byCode.first().label == QStringLiteral("Values"));
    CHECK(byCode.first().units == 5);
}

TEST_CASE("The cache gives the same counts and forgets a changed document", "[analysis][frequency]")
{
    Fixture f;
    WordCountCache cache;
    WordFrequencyOptions options;
    const WordFrequencyGroup fresh = WordFrequency::compute(*f.lib, AnalysisFilter(), options, &cache).first();
    CHECK(cache.size() == 2);
    const WordFrequencyGroup cached = WordFrequency::compute(*f.lib, AnalysisFilter(), options, &cache).first();
    CHECK(cached.units == fresh.units);
    CHECK(cached.rows.size() == fresh.rows.size());
    CHECK(rowOf(cached, QStringLiteral("对齐"))->count == 3);
    cache.forget(f.notes);
    CHECK(cache.size() == 1);
    // Changes: a new annotation keeps the counts, a changed document's text forgets them.
    WordFrequency::compute(*f.lib, AnalysisFilter(), options, &cache);
    cache.apply({Change {Change::Kind::Annotation, Change::Op::Inserted, 1, f.talk}});
    CHECK(cache.size() == 2);
    cache.apply({Change {Change::Kind::Document, Change::Op::Updated, f.talk, 0}});
    CHECK_FALSE(cache.find(f.talk));
    CHECK(cache.find(f.notes));
    cache.apply({Change {Change::Kind::Segment, Change::Op::Updated, 5, f.notes}});
    CHECK(cache.size() == 0);
}

TEST_CASE("A canceled count stops with WordCountCanceled", "[analysis][frequency]")
{
    Fixture f;
    WordProgress progress;
    progress.cancel();
    CHECK_THROWS_AS(WordFrequency::compute(*f.lib, AnalysisFilter(), WordFrequencyOptions(), nullptr, &progress),
        WordCountCanceled);
    CHECK_THROWS_AS(
        Concordance::find(*f.lib, QStringLiteral("对齐"), AnalysisFilter(), 30, &progress), WordCountCanceled);
}

TEST_CASE("Concordance finds a word in both scripts, whole words only, with its context", "[analysis][concordance]")
{
    Fixture f;
    QList<ConcordanceLine> lines = Concordance::find(*f.lib, QStringLiteral("對齊"), AnalysisFilter());
    REQUIRE(lines.size() == 3);
    // Library order: Talk #0, then #1 twice.
    CHECK(lines.at(0).segmentOrdinal == 0);
    CHECK(lines.at(0).left == QStringLiteral("我们研究"));
    CHECK(lines.at(0).word == QStringLiteral("对齐"));
    CHECK(lines.at(0).right == QStringLiteral("。"));
    CHECK(lines.at(0).start == 4);
    CHECK(lines.at(0).length == 2);
    CHECK(lines.at(0).speaker == QStringLiteral("Ana"));
    CHECK(lines.at(0).document == QStringLiteral("Talk"));
    CHECK(lines.at(1).word == QStringLiteral("對齊"));
    CHECK(lines.at(1).left.isEmpty());
    CHECK(lines.at(2).left == QStringLiteral("對齊很難，"));
    const CodingTarget target = lines.at(2).target();
    CHECK(target.documentId == f.talk);
    CHECK(target.side == Side::Zh);
    CHECK(target.start == 5);
    CHECK(target.length == 2);

    // Sorted by the left context read from the word backwards: "" < 究研们我 < ，难很齐对.
    Concordance::sortByLeft(lines);
    CHECK(lines.at(0).left.isEmpty());
    CHECK(lines.at(1).left == QStringLiteral("我们研究"));
    CHECK(lines.at(2).left == QStringLiteral("對齊很難，"));
    // By the right context: "。" (U+3002) < 很重要 < 很难… (重 U+91CD before 难 U+96BE).
    Concordance::sortByRight(lines);
    CHECK(lines.at(0).right == QStringLiteral("。"));
    CHECK(lines.at(1).right.startsWith(QStringLiteral("很重要")));
    CHECK(lines.at(2).right.startsWith(QStringLiteral("很難")));

    // English: case-insensitive, whole words, context in words.
    const QList<ConcordanceLine> english = Concordance::find(*f.lib, QStringLiteral("ALIGNMENT"), AnalysisFilter(), 1);
    REQUIRE(english.size() == 4);
    CHECK(english.at(0).left == QStringLiteral("study "));
    CHECK(english.at(0).right == QStringLiteral("."));
    CHECK(english.at(1).word == QStringLiteral("Alignment"));
    CHECK(english.at(1).right == QStringLiteral(" is"));
    CHECK(Concordance::find(*f.lib, QStringLiteral("align"), AnalysisFilter()).isEmpty());
    CHECK(Concordance::find(*f.lib, QStringLiteral("对"), AnalysisFilter()).isEmpty());

    // The filter: inside the quotes of a code only.
    AnalysisFilter coded;
    coded.tagIds = {f.values};
    const QList<ConcordanceLine> quoted = Concordance::find(*f.lib, QStringLiteral("对齐"), coded);
    REQUIRE(quoted.size() == 1);
    CHECK(quoted.first().start == 5);
}
