#include "models/align/alignmentquality.h"
#include "models/align/alignservice.h"
#include "models/align/lengthaligner.h"
#include "models/align/sentencesplitter.h"
#include "models/import/importservice.h"
#include "tests/support/testsupport.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

ParsedDocument parseSeed(const QString &prefix)
{
    for (const QString &name : {QStringLiteral("000_f1a85dea575bd100.txt"), QStringLiteral("001_b20dc5de5308e2ee.txt"),
             QStringLiteral("003_e2e2177cc1a7e815.txt")}) {
        if (!name.startsWith(prefix))
            continue;
        QFile file(test::seedPath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return ImportService::parseBytes(file.readAll(), name, QString());
    }
    FAIL("no seed " << prefix.toStdString());
    return {};
}

// How a seed paired back: pairs exactly as in the original, and pairs listed for review.
struct Outcome
{
    int segments = 0;
    int right = 0, rightListed = 0;
    int wrong = 0, wrongListed = 0;

    double share() const { return double(right) / segments; }
};

// The seed taken apart as the issue describes: a Chinese file with one paragraph per
// segment (speakers kept), an English file with one sentence a line and no speakers;
// aligned back.
Outcome pairedBack(const ParsedDocument &document, bool oneSentenceALine, const LengthAligner::Options &options)
{
    QList<AlignUnit> zh, en;
    QList<QList<int>> expectedEn;
    for (const Segment &segment : document.segments) {
        zh.append({segment.zh, {}, {}, segment.speaker, segment.sourceLine});
        QList<int> sentences;
        const QStringList parts
            = oneSentenceALine ? SentenceSplitter::split(segment.en, Side::En) : QStringList {segment.en};
        for (const QString &sentence : parts) {
            sentences.append(int(en.size()));
            en.append({sentence, {}, {}, QString(), 0});
        }
        expectedEn.append(sentences);
    }
    Outcome outcome;
    outcome.segments = int(document.segments.size());
    for (const AlignedPair &pair : LengthAligner::align(zh, en, options)) {
        const bool listed = AlignmentQuality::needsReview(pair.confidence);
        if (pair.zh.size() == 1 && pair.en == expectedEn.at(pair.zh.front()))
            ++outcome.right, outcome.rightListed += listed ? 1 : 0;
        else
            ++outcome.wrong, outcome.wrongListed += listed ? 1 : 0;
    }
    return outcome;
}

// What AlignService gives LengthAligner (the ratio and the lexicon) when the library
// holds the OTHER seeds, imported as `bitext import` does: never the seed being paired
// back, whose own pairs would give the answer away.
LengthAligner::Options libraryOptions(const QString &aligned)
{
    test::TemporaryLibrary library;
    for (const QString &name : {QStringLiteral("000_f1a85dea575bd100.txt"), QStringLiteral("001_b20dc5de5308e2ee.txt"),
             QStringLiteral("003_e2e2177cc1a7e815.txt")}) {
        if (!name.startsWith(aligned))
            ImportService(*library).importFile(test::seedPath(name), {});
    }
    return AlignService(*library).lengthOptions();
}

// targets: per seed ("000"), the least share. The outcomes added up.
Outcome checkSeeds(bool oneSentenceALine, const QList<std::pair<QString, double>> &targets)
{
    Outcome all;
    for (const auto &[prefix, target] : targets) {
        const ParsedDocument document = parseSeed(prefix);
        const Outcome outcome = pairedBack(document, oneSentenceALine, libraryOptions(prefix));
        WARN(prefix.toStdString() << ": " << outcome.share() * 100 << "% of " << outcome.segments
                                  << " segments paired exactly");
        CHECK(outcome.share() >= target);
        all.segments += outcome.segments;
        all.right += outcome.right, all.rightListed += outcome.rightListed;
        all.wrong += outcome.wrong, all.wrongListed += outcome.wrongListed;
    }
    return all;
}

} // namespace

// The target, >= 95% with one English sentence a line, for each seed (measured
// 96%, 97%, 100%). What is left wrong in 000 is two turn edges where the translation
// dropped a sentence ("Um, and I think is actually…", "Two last questions we'll get you
// out of here.") that every clue places as well on either side.
TEST_CASE("Seeds split into a Chinese file and an English file of one sentence a line pair back", "[align][seeds]")
{
    const Outcome all = checkSeeds(
        true, {{QStringLiteral("000"), 0.95}, {QStringLiteral("001"), 0.95}, {QStringLiteral("003"), 0.95}});
    // The review list (confidence below 0.5) holds a share of the wrong pairs at least
    // twice the share of the right ones, and at most a tenth of the right ones: measured
    // 2 of 8 against 19 of 289. (The wrong pairs left are ones every clue agreed on;
    // those the clues were unsure of, the rules for replies and markers now pair right.)
    WARN("listed for review: " << all.wrongListed << " of " << all.wrong << " wrong pairs, " << all.rightListed
                               << " of " << all.right << " right ones");
    CHECK(all.wrongListed * all.right >= 2 * all.rightListed * all.wrong);
    CHECK(all.rightListed * 10 <= all.right);
}

TEST_CASE("Seeds split into a Chinese file and an English file of one paragraph a segment pair back", "[align][seeds]")
{
    checkSeeds(false, {{QStringLiteral("000"), 0.9}, {QStringLiteral("001"), 0.9}, {QStringLiteral("003"), 0.9}});
}

// A translation of only the first part of a talk (001's first 40 turns of 147, one English
// sentence a line) pairs with that part; the rest stays on its own, and only where the
// translation stops asks for a look. The same with the sides swapped: the English whole,
// the Chinese of its first turns only.
TEST_CASE("A translation of a talk's beginning pairs with that beginning and leaves the rest alone", "[align][seeds]")
{
    const ParsedDocument document = parseSeed(QStringLiteral("001"));
    const LengthAligner::Options options = libraryOptions(QStringLiteral("001"));
    constexpr int kTranslated = 40;
    const int turns = int(document.segments.size());
    QList<AlignUnit> zhAll, enFirst, zhFirst, enAll;
    QList<QList<int>> expectedEn;
    for (int t = 0; t < turns; ++t) {
        const Segment &segment = document.segments.at(t);
        zhAll.append({segment.zh, {}, {}, segment.speaker, segment.sourceLine});
        if (t < kTranslated)
            zhFirst.append(zhAll.back());
        enAll.append({segment.en, {}, {}, QString(), 0});
        QList<int> sentences;
        for (const QString &sentence : SentenceSplitter::split(segment.en, Side::En)) {
            sentences.append(int(enFirst.size()));
            if (t < kTranslated)
                enFirst.append({sentence, {}, {}, QString(), 0});
        }
        expectedEn.append(sentences);
    }

    SECTION("English of the first turns against all the Chinese")
    {
        const QList<AlignedPair> pairs = LengthAligner::align(zhAll, enFirst, options);
        int right = 0, alone = 0, listedAlone = 0;
        for (const AlignedPair &pair : pairs) {
            if (pair.zh.size() == 1 && pair.zh.front() < kTranslated && pair.en == expectedEn.at(pair.zh.front()))
                ++right;
            if (pair.en.isEmpty() && pair.zh.size() == 1 && pair.zh.front() >= kTranslated) {
                ++alone;
                listedAlone += AlignmentQuality::needsReview(pair.confidence) ? 1 : 0;
            }
        }
        WARN(right << " of " << kTranslated << " translated turns paired exactly, " << alone << " of "
                   << turns - kTranslated << " others alone");
        CHECK(right >= 0.95 * kTranslated);
        CHECK(alone == turns - kTranslated);
        CHECK(listedAlone == 1);
    }
    SECTION("Chinese of the first turns against all the English")
    {
        const QList<AlignedPair> pairs = LengthAligner::align(zhFirst, enAll, options);
        int right = 0, alone = 0;
        for (const AlignedPair &pair : pairs) {
            if (pair.zh.size() == 1 && pair.en == QList<int> {pair.zh.front()})
                ++right;
            if (pair.zh.isEmpty() && pair.en.size() == 1 && pair.en.front() >= kTranslated)
                ++alone;
        }
        WARN(right << " of " << kTranslated << " translated turns paired exactly");
        CHECK(right >= 0.95 * kTranslated);
        CHECK(alone == turns - kTranslated);
    }
}
