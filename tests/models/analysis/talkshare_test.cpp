#include "models/analysis/talkshare.h"
#include "models/store/speakerrepository.h"
#include "tests/support/speakerturns.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

// Two talks with units counted by hand (Han characters; English words):
//   访谈一  Host   欢迎收听。 4          Welcome to the show. 4
//           Guest  我们研究对齐问题。 8  We study alignment. 3
//           (none) 掌声 2                Applause 1
//           Host   再见 2                Bye 1
//   访谈二  Guest  好的 2                OK sure 2
struct TalkLibrary
{
    test::TemporaryLibrary lib;
    qint64 first = 0;
    qint64 second = 0;
    qint64 host = 0;
    qint64 guest = 0;

    TalkLibrary()
    {
        first = test::insertSpeakerTurns(*lib, QStringLiteral("访谈一"),
            {{QStringLiteral("Host"), QStringLiteral("欢迎收听。"), QStringLiteral("Welcome to the show.")},
                {QStringLiteral("Guest"), QStringLiteral("我们研究对齐问题。"), QStringLiteral("We study alignment.")},
                {QString(), QStringLiteral("掌声"), QStringLiteral("Applause")},
                {QStringLiteral("Host"), QStringLiteral("再见"), QStringLiteral("Bye")}});
        second = test::insertSpeakerTurns(*lib, QStringLiteral("访谈二"),
            {{QStringLiteral("Guest"), QStringLiteral("好的"), QStringLiteral("OK sure")}});
        host = lib->speakers().findByName(QStringLiteral("Host"))->id;
        guest = lib->speakers().findByName(QStringLiteral("Guest"))->id;
    }
};

} // namespace

TEST_CASE("Talk share counts each speaker's units per document", "[analysis][talkshare]")
{
    TalkLibrary t;
    const TalkShareTable table = TalkShare::compute(*t.lib, AnalysisFilter());
    REQUIRE(table.documentIds == QList<qint64> {t.first, t.second});
    CHECK(table.documentTitles == QStringList {QStringLiteral("访谈一"), QStringLiteral("访谈二")});
    // In order of first appearance: Host, Guest, no speaker.
    REQUIRE(table.speakerIds == QList<qint64> {t.host, t.guest, 0});
    CHECK(table.speakerNames.mid(0, 2) == QStringList {QStringLiteral("Host"), QStringLiteral("Guest")});
    CHECK_FALSE(table.speakerNames.at(2).isEmpty());
    // Both sides: Host 4+4+2+1 = 11, Guest 8+3 = 11, none 2+1 = 3; total 25.
    CHECK(table.units.at(0) == QVector<int> {11, 11, 3});
    CHECK(table.documentTotal(0) == 25);
    CHECK(table.share(0, 0) == Approx(11.0 / 25));
    CHECK(table.share(0, 2) == Approx(3.0 / 25));
    // 访谈二: Guest 2+2 = 4, all of it.
    CHECK(table.units.at(1) == QVector<int> {0, 4, 0});
    CHECK(table.share(1, 1) == Approx(1.0));
}

TEST_CASE("Talk share follows the filter's side, documents and speakers", "[analysis][talkshare]")
{
    TalkLibrary t;
    AnalysisFilter zh;
    zh.side = Side::Zh;
    const TalkShareTable chinese = TalkShare::compute(*t.lib, zh);
    // Chinese only: Host 4+2 = 6, Guest 8, none 2.
    CHECK(chinese.units.at(0) == QVector<int> {6, 8, 2});

    AnalysisFilter en;
    en.side = Side::En;
    en.documentIds = {t.first};
    const TalkShareTable english = TalkShare::compute(*t.lib, en);
    REQUIRE(english.documentIds == QList<qint64> {t.first});
    // English only: Host 4+1 = 5, Guest 3, none 1.
    CHECK(english.units.at(0) == QVector<int> {5, 3, 1});

    AnalysisFilter speakers;
    speakers.speakerIds = {t.guest, 0};
    const TalkShareTable some = TalkShare::compute(*t.lib, speakers);
    REQUIRE(some.speakerIds == QList<qint64> {t.guest, 0});
    // Shares of the kept speakers' units: 访谈一 Guest 11 of 14.
    CHECK(some.units.at(0) == QVector<int> {11, 3});
    CHECK(some.share(0, 0) == Approx(11.0 / 14));

    // Tags and authors do not narrow talk share.
    AnalysisFilter tagged;
    tagged.authors = QStringList {QStringLiteral("Ana")};
    tagged.tagIds = {12345};
    CHECK(TalkShare::compute(*t.lib, tagged).units == TalkShare::compute(*t.lib, AnalysisFilter()).units);
}

TEST_CASE("Talk share of an empty library or filter is an empty table", "[analysis][talkshare]")
{
    test::TemporaryLibrary lib;
    CHECK(TalkShare::compute(*lib, AnalysisFilter()).documentCount() == 0);
    TalkLibrary t;
    AnalysisFilter none;
    none.documentIds = {t.second + 100};
    CHECK(TalkShare::compute(*t.lib, none).speakerCount() == 0);
}

// A timing to quote, not a limit (hidden: run with "[.talkshare-timing]"): talk share reads
// every segment's text, so it grows with the library.
TEST_CASE("Talk share over 100,000 segments", "[.talkshare-timing]")
{
    test::TemporaryLibrary lib;
    QList<QStringList> turns;
    for (int i = 0; i < 500; ++i)
        turns << QStringList {i % 3 ? QStringLiteral("Host") : QStringLiteral("Guest"),
            QStringLiteral("我们今天讨论对齐问题，以及可扩展监督为什么重要。"),
            QStringLiteral("Today we discuss alignment and why scalable oversight matters.")};
    for (int d = 0; d < 200; ++d)
        test::insertSpeakerTurns(*lib, QStringLiteral("Talk %1").arg(d), turns);
    QElapsedTimer timer;
    timer.start();
    const TalkShareTable table = TalkShare::compute(*lib, AnalysisFilter());
    WARN("talk share over 100,000 segments: " << timer.elapsed() << " ms");
    CHECK(table.documentCount() == 200);
}
