#include "models/analysis/wordcountfile.h"
#include "models/analysis/wordfrequency.h"
#include "models/store/database.h"
#include "tests/support/testsupport.h"
#include "tests/support/wordsamples.h"

#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

// Word counts through a fresh cache: what a new process (a new Words view, another
// `bitext report frequency`) gets.
QList<WordFrequencyGroup> countInNewProcess(Library &library, int *hits, int *misses)
{
    WordCountCache cache(library);
    WordFrequencyOptions options;
    options.grouping = WordGrouping::Document;
    const QList<WordFrequencyGroup> groups = WordFrequency::compute(library, AnalysisFilter(), options, &cache);
    *hits = cache.storedHits();
    *misses = cache.storedMisses();
    return groups;
}

void checkSame(const QList<WordFrequencyGroup> &a, const QList<WordFrequencyGroup> &b)
{
    REQUIRE(a.size() == b.size());
    for (int g = 0; g < a.size(); ++g) {
        CHECK(a[g].id == b[g].id);
        CHECK(a[g].units == b[g].units);
        REQUIRE(a[g].rows.size() == b[g].rows.size());
        for (int r = 0; r < a[g].rows.size(); ++r) {
            CHECK(a[g].rows[r].word == b[g].rows[r].word);
            CHECK(a[g].rows[r].count == b[g].rows[r].count);
        }
    }
}

qint64 countOf(const QList<WordFrequencyGroup> &groups, qint64 document, const QString &word)
{
    for (const WordFrequencyGroup &group : groups) {
        if (group.id != document)
            continue;
        for (const WordFrequencyRow &row : group.rows) {
            if (row.word == word)
                return row.count;
        }
    }
    return 0;
}

} // namespace

TEST_CASE("Word counts are read back from the cache file by the next process", "[analysis][frequency]")
{
    test::TemporaryLibrary lib;
    test::WordSamples samples(*lib);
    const QString file = WordCountFile::pathFor(WordCountFile::identity(*lib));
    CHECK_FALSE(file.startsWith(QFileInfo(lib.path()).absolutePath() + QLatin1Char('/')));
    QFile::remove(file); // a server library's URL may name a database an earlier case used
    int hits = 0;
    int misses = 0;

    const QList<WordFrequencyGroup> first = countInNewProcess(*lib, &hits, &misses);
    CHECK(hits == 0);
    CHECK(misses == 2);
    REQUIRE(QFile::exists(file));

    const QList<WordFrequencyGroup> second = countInNewProcess(*lib, &hits, &misses);
    CHECK(hits == 2);
    CHECK(misses == 0);
    checkSame(first, second);
    CHECK(countOf(second, samples.talk, QStringLiteral("对齐")) == 3); // 对齐 twice, 對齊 once

    SECTION("a changed document is counted again, the others read")
    {
        lib->database().exec(QStringLiteral("UPDATE segments SET zh = ? WHERE document_id = ?"),
            {QStringLiteral("价值观和对齐"), samples.notes});
        const QList<WordFrequencyGroup> third = countInNewProcess(*lib, &hits, &misses);
        CHECK(hits == 1);
        CHECK(misses == 1);
        CHECK(countOf(third, samples.notes, QStringLiteral("对齐")) == 1);
        CHECK(countOf(third, samples.talk, QStringLiteral("对齐")) == 3);
    }

    SECTION("a corrupt or cut-short file is ignored and written again")
    {
        QFile bytes(file);
        REQUIRE(bytes.open(QIODevice::ReadOnly));
        const QByteArray whole = bytes.readAll();
        bytes.close();
        for (const QByteArray &damaged : {QByteArray("not a cache"), whole.left(whole.size() / 2), QByteArray()}) {
            QFile out(file);
            REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(damaged);
            out.close();
            const QList<WordFrequencyGroup> again = countInNewProcess(*lib, &hits, &misses);
            CHECK(hits == 0);
            CHECK(misses == 2);
            checkSame(first, again);
            countInNewProcess(*lib, &hits, &misses);
            CHECK(hits == 2);
        }
    }

    SECTION("another library's file is not read")
    {
        CHECK(WordCountFile::read(file, QStringLiteral("/elsewhere/library.sqlite")).isEmpty());
        CHECK(WordCountFile::read(file, WordCountFile::identity(*lib)).size() == 2);
    }
}
