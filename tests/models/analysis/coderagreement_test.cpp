#include "models/analysis/coderagreement.h"
#include "models/annotate/anchor.h"
#include "models/store/annotationrepository.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"
#include "tests/support/codedtext.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

using namespace bitext;
using bitext::test::TemporaryLibrary;

namespace {

using test::addTextDocument;

qint64 code(Library &library, qint64 documentId, Side side, const QString &author, const QList<qint64> &tags,
    int startRow, int start, int endRow, int end)
{
    return test::codeRange(library, documentId, side, author, tags, startRow, start, endRow, end);
}

qint64 code(Library &library, qint64 documentId, const QString &author, qint64 tag, int start, int end)
{
    return test::codeRange(library, documentId, Side::Zh, author, {tag}, 0, start, 0, end);
}

const QString kHundred = test::WorkedExample::text(); // 100 Chinese characters, one segment

} // namespace

TEST_CASE("Kappa of the worked example", "[analysis][agreement]")
{
    TemporaryLibrary lib;
    const qint64 doc = test::WorkedExample(*lib).document;

    // 100 characters (the English side is empty: Chinese only). Ana codes 0–40, Ben 20–60:
    // both 20 (20–40), Ana only 20 (0–20), Ben only 20 (40–60), neither 40.
    // Po = (20 + 40) / 100 = 0.6; pA = pB = 0.4; Pe = 0.4·0.4 + 0.6·0.6 = 0.52;
    // κ = (0.6 − 0.52) / (1 − 0.52) = 0.08 / 0.48 = 0.1667.
    const QList<AgreementRow> rows = CoderAgreement(*lib).compute({});
    REQUIRE(rows.size() == 1);
    const AgreementRow &row = rows.first();
    CHECK(row.documentId == doc);
    CHECK(row.documentTitle == QStringLiteral("Hundred"));
    CHECK(row.tagPath == QStringLiteral("Risk"));
    CHECK(row.coderA == QStringLiteral("Ana"));
    CHECK(row.coderB == QStringLiteral("Ben"));
    CHECK(row.both == 20);
    CHECK(row.aOnly == 20);
    CHECK(row.bOnly == 20);
    CHECK(row.neither == 40);
    CHECK(row.agreement() == Approx(0.6));
    CHECK(row.kappa() == Approx(0.08 / 0.48));
    CHECK(row.kappa() == Approx(0.1667).epsilon(0.001));

    // The passages they disagree on: 0–20 by Ana, 40–60 by Ben.
    REQUIRE(row.disagreements.size() == 2);
    const Segment segment = lib->documents().segments(doc).first();
    CHECK(row.disagreements.at(0).coder == QStringLiteral("Ana"));
    CHECK(row.disagreements.at(0).passage.segmentId == segment.id);
    CHECK(row.disagreements.at(0).passage.documentId == doc);
    CHECK(row.disagreements.at(0).passage.side == Side::Zh);
    CHECK(row.disagreements.at(0).passage.start == 0);
    CHECK(row.disagreements.at(0).passage.length == 20);
    CHECK(row.disagreements.at(0).text == kHundred.left(20));
    CHECK(row.disagreements.at(1).coder == QStringLiteral("Ben"));
    CHECK(row.disagreements.at(1).passage.start == 40);
    CHECK(row.disagreements.at(1).passage.length == 20);
}

TEST_CASE("Perfect agreement, total disagreement and a coder who coded nothing", "[analysis][agreement]")
{
    TemporaryLibrary lib;
    const qint64 doc = addTextDocument(*lib, QStringLiteral("Hundred"), {{kHundred, QString()}});
    const qint64 same = lib->tags().ensurePath(QStringLiteral("Same"));
    const qint64 apart = lib->tags().ensurePath(QStringLiteral("Apart"));
    const qint64 alone = lib->tags().ensurePath(QStringLiteral("Alone"));
    // Same: both 0–40, Ben's in two overlapping quotes (0–30 and 20–40 count once).
    code(*lib, doc, QStringLiteral("Ana"), same, 0, 40);
    code(*lib, doc, QStringLiteral("Ben"), same, 0, 30);
    code(*lib, doc, QStringLiteral("Ben"), same, 20, 40);
    // Apart: Ana 0–50, Ben 50–100. Po = 0, pA = pB = 0.5, Pe = 0.5, κ = −0.5/0.5 = −1.
    code(*lib, doc, QStringLiteral("Ana"), apart, 0, 50);
    code(*lib, doc, QStringLiteral("Ben"), apart, 50, 100);
    // Alone: only Ana, 0–40. Po = 0.6, pA = 0.4, pB = 0, Pe = 0 + 0.6·1 = 0.6, κ = 0.
    code(*lib, doc, QStringLiteral("Ana"), alone, 0, 40);

    const QList<AgreementRow> rows = CoderAgreement(*lib).compute({});
    REQUIRE(rows.size() == 3); // by code path: Alone, Apart, Same
    CHECK(rows.at(0).tagPath == QStringLiteral("Alone"));
    CHECK(rows.at(0).aOnly == 40);
    CHECK(rows.at(0).bOnly == 0);
    CHECK(rows.at(0).agreement() == Approx(0.6));
    CHECK(rows.at(0).kappa() == Approx(0.0).margin(1e-9));
    CHECK(rows.at(1).tagPath == QStringLiteral("Apart"));
    CHECK(rows.at(1).agreement() == Approx(0.0).margin(1e-9));
    CHECK(rows.at(1).kappa() == Approx(-1.0));
    CHECK(rows.at(2).tagPath == QStringLiteral("Same"));
    CHECK(rows.at(2).both == 40);
    CHECK(rows.at(2).neither == 60);
    CHECK(rows.at(2).agreement() == Approx(1.0));
    CHECK(rows.at(2).kappa() == Approx(1.0));
    CHECK(rows.at(2).disagreements.isEmpty());

    // Both coding everything, or nothing: Pe = 1, and they agree on every character.
    CHECK(AgreementRow::kappaOf(100, 0, 0, 0) == 1.0);
    CHECK(AgreementRow::kappaOf(0, 0, 0, 100) == 1.0);
    CHECK(AgreementRow::kappaOf(0, 0, 0, 0) == 1.0);
}

TEST_CASE("Quotes over several segments and both sides", "[analysis][agreement]")
{
    TemporaryLibrary lib;
    // zh: 甲乙丙丁戊 / 己庚辛壬癸 (10 characters); en: "Alignment matters" (17) / "" .
    const qint64 doc = addTextDocument(*lib, QStringLiteral("Two"),
        {{QStringLiteral("甲乙丙丁戊"), QStringLiteral("Alignment matters")},
            {QStringLiteral("己庚辛壬癸"), QString()}});
    const qint64 tag = lib->tags().ensurePath(QStringLiteral("Risk"));
    // Ana: zh from segment 0 offset 3 to segment 1 offset 2 (丁戊 + 己庚), en "Alignment".
    // Ben: zh all of segment 1, en "Alignment".
    code(*lib, doc, Side::Zh, QStringLiteral("Ana"), {tag}, 0, 3, 1, 2);
    code(*lib, doc, Side::En, QStringLiteral("Ana"), {tag}, 0, 0, 0, 9);
    code(*lib, doc, Side::Zh, QStringLiteral("Ben"), {tag}, 1, 0, 1, 5);
    code(*lib, doc, Side::En, QStringLiteral("Ben"), {tag}, 0, 0, 0, 9);
    const QList<Segment> segments = lib->documents().segments(doc);

    SECTION("both sides summed")
    {
        // 27 characters: zh 10 + en 17. Both: 己庚 (2) + Alignment (9) = 11; Ana only
        // 丁戊 (2); Ben only 辛壬癸 (3); neither 27 − 16 = 11.
        // Po = 22/27; pA = 13/27, pB = 14/27; Pe = (13·14 + 14·13)/27² = 364/729;
        // κ = (22/27 − 364/729)/(1 − 364/729) = (594 − 364)/(729 − 364) = 230/365 = 0.6301.
        const QList<AgreementRow> rows = CoderAgreement(*lib).compute({});
        REQUIRE(rows.size() == 1);
        const AgreementRow &row = rows.first();
        CHECK(row.total() == 27);
        CHECK(row.both == 11);
        CHECK(row.aOnly == 2);
        CHECK(row.bOnly == 3);
        CHECK(row.kappa() == Approx(230.0 / 365.0));
        REQUIRE(row.disagreements.size() == 2);
        CHECK(row.disagreements.at(0).coder == QStringLiteral("Ana"));
        CHECK(row.disagreements.at(0).passage.segmentId == segments.at(0).id);
        CHECK(row.disagreements.at(0).passage.start == 3);
        CHECK(row.disagreements.at(0).passage.length == 2);
        CHECK(row.disagreements.at(0).text == QStringLiteral("丁戊"));
        CHECK(row.disagreements.at(1).coder == QStringLiteral("Ben"));
        CHECK(row.disagreements.at(1).passage.segmentId == segments.at(1).id);
        CHECK(row.disagreements.at(1).passage.start == 2);
        CHECK(row.disagreements.at(1).text == QStringLiteral("辛壬癸"));
    }
    SECTION("one side")
    {
        AnalysisFilter filter;
        filter.side = Side::En;
        // English only: both 9, neither 8 of 17: perfect agreement.
        const QList<AgreementRow> rows = CoderAgreement(*lib).compute(filter);
        REQUIRE(rows.size() == 1);
        CHECK(rows.first().total() == 17);
        CHECK(rows.first().both == 9);
        CHECK(rows.first().kappa() == Approx(1.0));
    }
}

TEST_CASE("Agreement honours the filter and needs two coders", "[analysis][agreement]")
{
    TemporaryLibrary lib;
    const qint64 shared = addTextDocument(*lib, QStringLiteral("Shared"), {{kHundred, QString()}});
    const qint64 single = addTextDocument(*lib, QStringLiteral("Single"), {{kHundred, QString()}});
    const qint64 risk = lib->tags().ensurePath(QStringLiteral("Risk"));
    const qint64 misuse = lib->tags().ensurePath(QStringLiteral("Risk/Misuse"));
    const qint64 hope = lib->tags().ensurePath(QStringLiteral("Hope"));
    code(*lib, shared, QStringLiteral("Ana"), risk, 0, 10);
    code(*lib, shared, QStringLiteral("Ben"), misuse, 0, 10);
    code(*lib, shared, QStringLiteral("Cai"), hope, 0, 10);
    code(*lib, single, QStringLiteral("Ana"), risk, 0, 10); // one coder only: no comparison

    // Every code either coder of a pair used: Hope (Ana–Cai, Ben–Cai), Risk (Ana–Ben,
    // Ana–Cai), Risk/Misuse (Ana–Ben, Ben–Cai). Risk/Misuse is not part of Risk.
    QList<AgreementRow> rows = CoderAgreement(*lib).compute({});
    REQUIRE(rows.size() == 6);
    for (const AgreementRow &row : rows)
        CHECK(row.documentId == shared);
    CHECK(rows.at(2).tagPath == QStringLiteral("Risk"));
    CHECK(rows.at(2).coderA == QStringLiteral("Ana"));
    CHECK(rows.at(2).coderB == QStringLiteral("Ben"));
    CHECK(rows.at(2).aOnly == 10);
    CHECK(rows.at(2).bOnly == 0);

    AnalysisFilter filter;
    filter.tagIds = {risk}; // Risk and Risk/Misuse
    filter.authors = QStringList {QStringLiteral("Ana"), QStringLiteral("Ben")};
    rows = CoderAgreement(*lib).compute(filter);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).tagPath == QStringLiteral("Risk"));
    CHECK(rows.at(1).tagPath == QStringLiteral("Risk/Misuse"));

    filter = {};
    filter.documentIds = {single};
    CHECK(CoderAgreement(*lib).compute(filter).isEmpty());
    filter.documentIds = {shared};
    filter.authors = QStringList {QStringLiteral("Ana")};
    CHECK(CoderAgreement(*lib).compute(filter).isEmpty());
}

// A figure for the README, not a check: `test_models_analysis "[.agreementbench]"`.
TEST_CASE("Agreement over 10,000 quotes", "[.agreementbench]")
{
    TemporaryLibrary lib;
    QList<QPair<QString, QString>> texts;
    for (int i = 0; i < 1000; ++i)
        texts << qMakePair(
            QStringLiteral("我们今天来谈谈对齐研究的问题。"), QStringLiteral("Today we talk about alignment."));
    QList<qint64> tags;
    for (int t = 0; t < 10; ++t)
        tags << lib->tags().ensurePath(QStringLiteral("Code %1").arg(t));
    for (int d = 0; d < 5; ++d) {
        const qint64 doc = addTextDocument(*lib, QStringLiteral("Doc %1").arg(d), texts);
        const SideText zh(lib->documents().segments(doc), Side::Zh);
        QList<Annotation> batch;
        for (int i = 0; i < 2000; ++i) {
            const int row = (i * 7) % 1000;
            Annotation a = Anchor::create(zh, doc, {row, i % 5}, {row, 5 + i % 9});
            a.author = i % 2 ? QStringLiteral("Ana") : QStringLiteral("Ben");
            a.tagIds = {tags.at(i % 10)};
            batch << a;
        }
        Transaction tx(lib->database());
        for (const Annotation &a : std::as_const(batch))
            lib->annotations().create(a);
        tx.commit();
    }
    QElapsedTimer timer;
    timer.start();
    const int quotes = int(lib->annotations().list().size());
    WARN("reading " << quotes << " quotes: " << timer.restart() << " ms");
    const QList<AgreementRow> rows = CoderAgreement(*lib).compute({});
    WARN("10,000 quotes, 5 documents, 10 codes, 2 coders: " << rows.size() << " rows in " << timer.elapsed() << " ms");
    CHECK(rows.size() == 50);
}
