#include "models/analysis/codingmatrix.h"
#include "models/analysis/matrixcsv.h"
#include "models/analysis/matrixquotes.h"
#include "models/annotate/anchor.h"
#include "models/domain/parseddocument.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/speakerrepository.h"
#include "models/store/tagrepository.h"
#include "tests/support/speakerturns.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

// A tiny library whose figures are counted by hand below.
//   Alpha  seg0 Ann  zh 我们重视诚实。 (6 units)   en We value honesty. (3 words)
//          seg1 Bob  zh 安全很重要。   (5 units)   en Safety matters a lot. (4 words)
//          seg2 Ann  zh 诚实就是安全。 (6 units)   en Honesty is safety. (3 words)
//   Beta   seg0 —    zh 测试文本。     (4 units)   en Test text. (2 words)
// Codes Safety (S), Values (V), Values/Honesty (H). Quotes:
//   q1 Alpha seg0 zh 诚实                       H     Ana
//   q2 Alpha seg0 zh 重视诚实 (over q1)          V     Ben
//   q3 Alpha seg1 zh 安全                       S     Ana
//   q4 Alpha seg0 en "honesty." → seg1 "Safety" V, S  Ben (two segments, two speakers)
//   q5 Alpha seg2 zh 诚实就是安全               H, S  Ana
//   q6 Beta  seg0 zh 测试                       S     Ana
struct Tiny
{
    test::TemporaryLibrary lib;
    qint64 alpha = 0, beta = 0;
    qint64 safety = 0, values = 0, honesty = 0;
    qint64 ann = 0, bob = 0;
    QList<qint64> q; // q[1]..q[6]

    qint64 insert(const QString &title, const QStringList &speakers, const QStringList &zh, const QStringList &en)
    {
        QList<QStringList> turns;
        for (int i = 0; i < zh.size(); ++i)
            turns << QStringList {speakers.at(i), zh.at(i), en.at(i)};
        return test::insertSpeakerTurns(*lib, title, turns);
    }

    qint64 quote(qint64 doc, Side side, SideText::Point from, SideText::Point to, const QList<qint64> &tags,
        const QString &author)
    {
        const SideText text(lib->documents().segments(doc), side);
        Annotation a = Anchor::create(text, doc, from, to);
        a.tagIds = tags;
        a.author = author;
        return lib->annotations().create(a);
    }

    Tiny()
    {
        alpha = insert(QStringLiteral("Alpha"), {QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Ann")},
            {QStringLiteral("我们重视诚实。"), QStringLiteral("安全很重要。"), QStringLiteral("诚实就是安全。")},
            {QStringLiteral("We value honesty."), QStringLiteral("Safety matters a lot."),
                QStringLiteral("Honesty is safety.")});
        beta = insert(
            QStringLiteral("Beta"), {QString()}, {QStringLiteral("测试文本。")}, {QStringLiteral("Test text.")});
        ann = lib->speakers().findByName(QStringLiteral("Ann"))->id;
        bob = lib->speakers().findByName(QStringLiteral("Bob"))->id;
        safety = lib->tags().create(0, QStringLiteral("Safety"));
        values = lib->tags().create(0, QStringLiteral("Values"));
        honesty = lib->tags().create(values, QStringLiteral("Honesty"));
        const QString a = QStringLiteral("Ana");
        const QString b = QStringLiteral("Ben");
        q << 0;
        q << quote(alpha, Side::Zh, {0, 4}, {0, 6}, {honesty}, a);
        q << quote(alpha, Side::Zh, {0, 2}, {0, 6}, {values}, b);
        q << quote(alpha, Side::Zh, {1, 0}, {1, 2}, {safety}, a);
        q << quote(alpha, Side::En, {0, 9}, {1, 6}, {values, safety}, b);
        q << quote(alpha, Side::Zh, {2, 0}, {2, 6}, {honesty, safety}, a);
        q << quote(beta, Side::Zh, {0, 0}, {0, 2}, {safety}, a);
    }

    // The matrix as {row label: {column label: value}}, for readable checks.
    static QMap<QString, QMap<QString, double>> cells(const MatrixTable &t)
    {
        QMap<QString, QMap<QString, double>> result;
        for (int r = 0; r < t.rowCount(); ++r) {
            for (int c = 0; c < t.columnCount(); ++c)
                result[t.rowLabels.at(r)][t.columnLabels.at(c)] = t.value(r, c);
        }
        return result;
    }
};

const QString kS = QStringLiteral("Safety");
const QString kV = QStringLiteral("Values");
const QString kH = QStringLiteral("Values/Honesty");
const QString kAnn = QStringLiteral("Ann");
const QString kBob = QStringLiteral("Bob");
const QString kNone = QStringLiteral("(no speaker)");

} // namespace

TEST_CASE("Counts by speaker: a quote counts once for each speaker it covers", "[analysis][matrix]")
{
    Tiny t;
    CodingMatrix matrix(*t.lib);
    const MatrixTable &table = matrix.compute({}, MatrixColumns::Speakers, MatrixMeasure::Count);
    CHECK(table.rowLabels == QStringList {kS, kV, kH});
    CHECK(table.columnLabels == QStringList {kAnn, kBob, kNone});
    CHECK(table.columnIds == QList<qint64> {t.ann, t.bob, 0});
    auto c = Tiny::cells(table);
    // Safety: q4, q5 in Ann's turns; q3, q4 in Bob's; q6 without a speaker.
    CHECK(c[kS][kAnn] == 2);
    CHECK(c[kS][kBob] == 2);
    CHECK(c[kS][kNone] == 1);
    CHECK(c[kV][kAnn] == 2); // q2, q4
    CHECK(c[kV][kBob] == 1); // q4
    CHECK(c[kH][kAnn] == 2); // q1, q5 (not counted for Values: a row is its own tag)
    CHECK(c[kH][kBob] == 0);
    CHECK(matrix.rowTotals() == QVector<double> {4, 2, 2});
    CHECK(matrix.columnTotals() == QVector<double> {4, 2, 1}); // Ann q1 q2 q4 q5, Bob q3 q4, none q6
    CHECK(matrix.grandTotal() == 6);
    CHECK(matrix.cellAnnotations(0, 0) == QList<qint64> {t.q[4], t.q[5]});
    CHECK(matrix.cellAnnotations(-1, 1) == QList<qint64> {t.q[3], t.q[4]});
    CHECK(matrix.cellAnnotations(2, -1) == QList<qint64> {t.q[1], t.q[5]});
}

TEST_CASE("Counts by document", "[analysis][matrix]")
{
    Tiny t;
    CodingMatrix matrix(*t.lib);
    const MatrixTable &table = matrix.compute({}, MatrixColumns::Documents, MatrixMeasure::Count);
    CHECK(table.columnLabels == QStringList {QStringLiteral("Alpha"), QStringLiteral("Beta")});
    CHECK(table.columnIds == QList<qint64> {t.alpha, t.beta});
    CHECK(table.values == QVector<QVector<double>> {{3, 1}, {2, 0}, {2, 0}});
    CHECK(matrix.columnTotals() == QVector<double> {5, 1});
}

TEST_CASE(
    "Co-occurrence counts pairs of quotes that share a segment, and quotes carrying both codes", "[analysis][matrix]")
{
    Tiny t;
    CodingMatrix matrix(*t.lib);
    const MatrixTable &table = matrix.compute({}, MatrixColumns::Codes, MatrixMeasure::Count);
    CHECK(table.columnLabels == QStringList {kS, kV, kH});
    // Segments: q1 q2 in A0, q3 in A1, q4 in A0 and A1, q5 in A2, q6 in B0.
    // (S,V): q3–q4, q4 itself, q4–q2 = 3. (S,H): q4–q1, q5 itself = 2. (V,H): q2–q1, q4–q1 = 2.
    // The diagonal: each code's own quotes.
    CHECK(table.values == QVector<QVector<double>> {{4, 3, 2}, {3, 2, 2}, {2, 2, 2}});
    CHECK(matrix.cellAnnotations(0, 1) == QList<qint64> {t.q[2], t.q[3], t.q[4]});
    CHECK(matrix.cellAnnotations(2, 2) == QList<qint64> {t.q[1], t.q[5]});
    CHECK(matrix.columnTotals().isEmpty());
}

TEST_CASE("Coverage is the share of the column's units, a unit coded twice counting once", "[analysis][matrix]")
{
    Tiny t;
    CodingMatrix matrix(*t.lib);
    const MatrixTable &table = matrix.compute({}, MatrixColumns::Speakers, MatrixMeasure::Coverage);
    auto c = Tiny::cells(table);
    // Units: Ann 6+3+6+3 = 18, Bob 5+4 = 9, none 4+2 = 6; 33 in all.
    // Safety: Ann "honesty" 1 + 诚实就是安全 6; Bob 安全 2 + "Safety" 1; none 测试 2.
    CHECK(c[kS][kAnn] == Approx(7.0 / 18));
    CHECK(c[kS][kBob] == Approx(3.0 / 9));
    CHECK(c[kS][kNone] == Approx(2.0 / 6));
    CHECK(c[kV][kAnn] == Approx(5.0 / 18)); // 重视诚实 4 + "honesty" 1
    CHECK(c[kV][kBob] == Approx(1.0 / 9));
    CHECK(c[kH][kAnn] == Approx(8.0 / 18)); // 诚实 2 + 诚实就是安全 6
    CHECK(matrix.rowTotals().at(0) == Approx(12.0 / 33));
    // Ann's coded units: 重视诚实 (q1 inside it counts once) 4 + honesty 1 + 6 = 11.
    CHECK(matrix.columnTotals().at(0) == Approx(11.0 / 18));
    CHECK(matrix.grandTotal() == Approx(16.0 / 33));

    const MatrixTable &zh = matrix.compute(
        [] {
            AnalysisFilter f;
            f.side = Side::Zh;
            return f;
        }(),
        MatrixColumns::Speakers, MatrixMeasure::Coverage);
    CHECK(Tiny::cells(zh)[kS][kAnn] == Approx(6.0 / 12));
}

TEST_CASE("Coverage by codes is the share of the column code's text also coded with the row's", "[analysis][matrix]")
{
    Tiny t;
    CodingMatrix matrix(*t.lib);
    auto c = Tiny::cells(matrix.compute({}, MatrixColumns::Codes, MatrixMeasure::Coverage));
    // Units coded: S 12, V 6, H 8. S∩V 2 (q4's two words), S∩H 6 (q5), V∩H 2 (诚实 in 重视诚实).
    CHECK(c[kS][kS] == 1);
    CHECK(c[kS][kV] == Approx(2.0 / 6));
    CHECK(c[kV][kS] == Approx(2.0 / 12));
    CHECK(c[kS][kH] == Approx(6.0 / 8));
    CHECK(c[kH][kS] == Approx(6.0 / 12));
    CHECK(c[kV][kH] == Approx(2.0 / 8));
    CHECK(c[kH][kV] == Approx(2.0 / 6));
}

TEST_CASE("Every field of the filter narrows the matrix", "[analysis][matrix]")
{
    Tiny t;
    CodingMatrix matrix(*t.lib);
    AnalysisFilter f;
    f.authors = QStringList {QStringLiteral("Ana")}; // q1 q3 q5 q6
    auto c = Tiny::cells(matrix.compute(f, MatrixColumns::Speakers, MatrixMeasure::Count));
    CHECK(c[kS][kAnn] == 1);
    CHECK(c[kS][kBob] == 1);
    CHECK(c[kS][kNone] == 1);
    CHECK(c[kV][kAnn] == 0);
    CHECK(c[kH][kAnn] == 2);

    f = AnalysisFilter();
    f.side = Side::En; // q4 only
    c = Tiny::cells(matrix.compute(f, MatrixColumns::Speakers, MatrixMeasure::Count));
    CHECK(c[kS][kAnn] == 1);
    CHECK(c[kS][kBob] == 1);
    CHECK(c[kS][kNone] == 0);
    CHECK(c[kH][kAnn] == 0);

    f = AnalysisFilter();
    f.speakerIds = {t.bob}; // Bob's turn: q3 and q4's second piece
    MatrixTable table = matrix.compute(f, MatrixColumns::Speakers, MatrixMeasure::Count);
    CHECK(table.columnLabels == QStringList {kBob});
    table = matrix.compute(f, MatrixColumns::Documents, MatrixMeasure::Count);
    CHECK(table.values == QVector<QVector<double>> {{2, 0}, {1, 0}, {0, 0}});
    table = matrix.compute(f, MatrixColumns::Codes, MatrixMeasure::Count);
    CHECK(table.values.at(0).at(1) == 2); // q3–q4 and q4 itself; q2, in Ann's turn, is left out

    f = AnalysisFilter();
    f.tagIds = {t.values}; // the subtree: Values and Values/Honesty
    table = matrix.compute(f, MatrixColumns::Codes, MatrixMeasure::Count);
    CHECK(table.rowLabels == QStringList {kV, kH});
    CHECK(table.values == QVector<QVector<double>> {{2, 2}, {2, 2}});

    f = AnalysisFilter();
    f.documentIds = {t.beta};
    table = matrix.compute(f, MatrixColumns::Speakers, MatrixMeasure::Count);
    CHECK(table.columnLabels == QStringList {kNone});
    CHECK(table.values == QVector<QVector<double>> {{1}, {0}, {0}});
    table = matrix.compute(f, MatrixColumns::Documents, MatrixMeasure::Coverage);
    CHECK(table.columnLabels == QStringList {QStringLiteral("Beta")});
    CHECK(table.value(0, 0) == Approx(2.0 / 6));

    f = AnalysisFilter();
    f.speakerIds = {0};
    table = matrix.compute(f, MatrixColumns::Speakers, MatrixMeasure::Coverage);
    CHECK(table.columnLabels == QStringList {kNone});
    CHECK(table.value(0, 0) == Approx(2.0 / 6));
}

TEST_CASE("A cell's quotes come with what the quote list shows, in reading order", "[analysis][matrix]")
{
    Tiny t;
    CodingMatrix matrix(*t.lib);
    matrix.compute({}, MatrixColumns::Documents, MatrixMeasure::Count);
    const QList<MatrixQuote> quotes = MatrixQuotes::load(*t.lib, matrix.cellAnnotations(0, -1));
    REQUIRE(quotes.size() == 4);
    CHECK(quotes.at(0).annotationId == t.q[4]); // Alpha segment 0 (zh before en, but q4 is the only one there)
    CHECK(quotes.at(1).annotationId == t.q[3]);
    CHECK(quotes.at(2).annotationId == t.q[5]);
    CHECK(quotes.at(3).annotationId == t.q[6]);
    const MatrixQuote &q4 = quotes.at(0);
    CHECK(q4.documentId == t.alpha);
    CHECK(q4.documentTitle == QStringLiteral("Alpha"));
    CHECK(q4.speaker == kAnn);
    CHECK(q4.side == Side::En);
    CHECK(q4.quote.startsWith(QStringLiteral("honesty.")));
    CHECK(q4.quote.endsWith(QStringLiteral("Safety")));
    CHECK(q4.tags == QStringList {kS, kV});
    CHECK(q4.author == QStringLiteral("Ben"));
    CHECK(quotes.at(3).speaker.isEmpty());
}

TEST_CASE("The CSV has a BOM, CRLF rows, integers for counts and fractions for coverage", "[analysis][matrix]")
{
    Tiny t;
    CodingMatrix matrix(*t.lib);
    QByteArray csv = MatrixCsv::render(matrix.compute({}, MatrixColumns::Documents, MatrixMeasure::Count));
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.mid(3) == QByteArray("code,Alpha,Beta\r\nSafety,3,1\r\nValues,2,0\r\nValues/Honesty,2,0\r\n"));
    AnalysisFilter f;
    f.documentIds = {t.beta};
    csv = MatrixCsv::render(matrix.compute(f, MatrixColumns::Speakers, MatrixMeasure::Coverage));
    CHECK(csv.mid(3) == QByteArray("code,(no speaker)\r\nSafety,0.333333\r\nValues,0\r\nValues/Honesty,0\r\n"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.csv"));
    MatrixCsv::save(matrix.table(), path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == csv);
}

TEST_CASE("A quote counts only where it covers text: not the segment it ends at the start of, not as an orphan",
    "[analysis][matrix]")
{
    Tiny t;
    const QList<Segment> segments = t.lib->documents().segments(t.alpha);
    Annotation a;
    a.documentId = t.alpha;
    a.side = Side::Zh;
    a.startSegmentId = segments.at(0).id; // Ann's turn, from 重视诚实。 to its end
    a.startOffset = 2;
    a.endSegmentId = segments.at(1).id; // and 0 characters of Bob's
    a.endOffset = 0;
    a.quote = QStringLiteral("重视诚实。");
    a.tagIds = {t.honesty};
    a.author = QStringLiteral("Ana");
    t.lib->annotations().create(a);
    Annotation orphan = a;
    orphan.orphaned = true;
    orphan.startSegmentId = 0;
    orphan.endSegmentId = 0;
    t.lib->annotations().create(orphan);
    CodingMatrix matrix(*t.lib);
    auto c = Tiny::cells(matrix.compute({}, MatrixColumns::Speakers, MatrixMeasure::Count));
    CHECK(c[kH][kAnn] == 3); // q1, q5 and the new one
    CHECK(c[kH][kBob] == 0);
    CHECK(matrix.rowTotals().at(2) == 3);
}
