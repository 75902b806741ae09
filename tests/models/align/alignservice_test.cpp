// AlignService: two files paired into one document, and a one-language document (the
// seed 002) given its English side with its annotations kept on their text.
#include "models/align/alignlexicon.h"
#include "models/align/alignservice.h"
#include "models/align/charratio.h"
#include "models/align/lengthaligner.h"
#include "models/align/segmentrepair.h"
#include "models/annotate/anchor.h"
#include "models/core/error.h"
#include "models/import/importservice.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::test;

namespace {

// An English stand-in for a Chinese line: as long as a translation would be, with its numbers.
QString englishFor(const QString &zh, int line)
{
    const int letters = qMax(4, int(QString(zh).remove(QLatin1Char(' ')).size() / CharRatio::kDefault));
    static const QStringList words {QStringLiteral("we"), QStringLiteral("think"), QStringLiteral("models"),
        QStringLiteral("should"), QStringLiteral("learn"), QStringLiteral("about"), QStringLiteral("the"),
        QStringLiteral("world")};
    QStringList out {QStringLiteral("Line")};
    int length = 4;
    for (int i = line; length < letters; ++i) {
        out << words.at(i % words.size());
        length += int(out.last().size());
    }
    return out.join(QLatin1Char(' ')) + QLatin1Char('.');
}

QString sideText(const QList<Segment> &segments, Side side)
{
    QString text;
    for (const Segment &s : segments)
        text += s.text(side);
    return text;
}

qint64 importSeed(Library &library, const QString &name)
{
    const ImportResult r = ImportService(library).importFile(seedPath(name), {});
    REQUIRE(r.documentId > 0);
    return r.documentId;
}

} // namespace

TEST_CASE("a Chinese and an English file become one bilingual document with confidences", "[align][service]")
{
    TemporaryLibrary lib;
    QTemporaryDir dir;
    const QString zh = writeTextFile(dir, QStringLiteral("talk.zh.txt"),
        QStringLiteral("我们在2019年开始研究这个问题。\n\n这是一个很长的段落，讲的是语言模型如何学习世界知识，"
                       "以及为什么规模很重要。\n\n谢谢大家。\n"));
    const QString en = writeTextFile(dir, QStringLiteral("talk.en.txt"),
        QStringLiteral("We started working on this problem in 2019.\n\nThis is a long paragraph about how language "
                       "models learn knowledge of the world, and why scale matters.\n\nThank you all.\n"));
    const AlignService::Result r = AlignService(*lib).alignFiles(zh, en);
    REQUIRE(r.documentId > 0);
    CHECK(r.pairs == 3);
    const auto document = lib->documents().find(r.documentId);
    REQUIRE(document);
    CHECK(document->languages == QStringList {QStringLiteral("zh"), QStringLiteral("en")});
    const QList<Segment> segments = lib->documents().segments(r.documentId);
    REQUIRE(segments.size() == 3);
    CHECK(segments.at(0).zh.contains(QStringLiteral("2019")));
    CHECK(segments.at(0).en.contains(QStringLiteral("2019")));
    CHECK(segments.at(2).en == QStringLiteral("Thank you all."));
    for (const Segment &s : segments) {
        REQUIRE(s.confidence);
        CHECK(*s.confidence >= 0.0);
        CHECK(*s.confidence <= 1.0);
    }

    SECTION("the same two files again are refused, naming the document")
    {
        try {
            AlignService(*lib).alignFiles(zh, en);
            FAIL("paired twice");
        } catch (const Error &e) {
            CHECK(e.message().contains(QString::number(r.documentId)));
        }
        CHECK(lib->documents().list().size() == 1);
    }
}

TEST_CASE("two subtitle files timed apart are paired by time", "[align][service]")
{
    TemporaryLibrary lib;
    QTemporaryDir dir;
    const QString zh = writeTextFile(dir, QStringLiteral("talk.zh.srt"),
        QStringLiteral("1\n00:00:01,000 --> 00:00:03,000\n大家好。\n\n"
                       "2\n00:00:03,500 --> 00:00:06,000\n今天我们谈谈对齐。\n\n"
                       "3\n00:00:06,500 --> 00:00:09,000\n这很重要。\n"));
    const QString en = writeTextFile(dir, QStringLiteral("talk.en.srt"),
        QStringLiteral("1\n00:00:01,300 --> 00:00:03,200\nHello everyone.\n\n"
                       "2\n00:00:03,800 --> 00:00:06,300\nToday we talk about alignment.\n\n"
                       "3\n00:00:06,800 --> 00:00:09,100\nIt matters.\n"));
    const AlignService::Result r = AlignService(*lib).alignFiles(zh, en);
    const QList<Segment> segments = lib->documents().segments(r.documentId);
    REQUIRE(segments.size() == 3);
    CHECK(segments.at(1).zh == QStringLiteral("今天我们谈谈对齐。"));
    CHECK(segments.at(1).en == QStringLiteral("Today we talk about alignment."));
    REQUIRE(segments.at(1).startMs);
    CHECK(*segments.at(1).startMs == 3500);
    CHECK(r.lowConfidence == 0);
}

TEST_CASE("bad input is refused with the file, the line and what is wrong", "[align][service]")
{
    TemporaryLibrary lib;
    QTemporaryDir dir;
    const QString zh = writeTextFile(dir, QStringLiteral("zh.txt"), QStringLiteral("你好。\n谢谢。\n"));
    const QString en = writeTextFile(dir, QStringLiteral("en.txt"), QStringLiteral("Hello.\nThank you.\n"));
    const auto message = [&](const QString &first, const QString &second) {
        try {
            AlignService(*lib).alignFiles(first, second);
        } catch (const Error &e) {
            return e.message();
        }
        return QString();
    };
    // Swapped: the Chinese file given as the English side.
    CHECK(message(en, zh).startsWith(en + QStringLiteral(":1:")));
    CHECK(message(zh, zh).contains(QStringLiteral("English")));
    const QString missing = dir.filePath(QStringLiteral("missing.txt"));
    CHECK(message(zh, missing).contains(missing));
    const QString empty = writeTextFile(dir, QStringLiteral("empty.txt"), QString());
    CHECK(message(empty, en).contains(empty));
    CHECK(lib->documents().list().isEmpty());
}

TEST_CASE("002 is given an English side by attaching a file, its annotations kept on their text", "[align][service]")
{
    TemporaryLibrary lib;
    const qint64 id = importSeed(*lib, QStringLiteral("002_1f521656fab2dc1c.txt"));
    const QList<Segment> before = lib->documents().segments(id);
    REQUIRE(before.size() > 400);
    for (const Segment &s : before)
        REQUIRE(s.en.isEmpty());

    // Quotes in single segments, across two, and in segments the aligner will join.
    const SideText zhText(before, Side::Zh);
    const QList<QPair<int, int>> rows {
        {10, 10}, {21, 21}, {50, 51}, {401, 401}, {int(before.size()) - 1, int(before.size()) - 1}};
    QList<qint64> ids;
    QStringList quotes;
    for (const auto &[first, last] : rows) {
        const int endOffset = qMin(4, zhText.codePointLength(last));
        const Annotation a = Anchor::create(zhText, id, {first, 0}, {last, endOffset});
        ids << lib->annotations().create(a);
        quotes << a.quote;
    }

    // The English file: one line per Chinese line, except two places where a translator
    // rendered two lines as one.
    QStringList lines;
    for (int i = 0; i < before.size(); ++i) {
        if (i == 21 || i == 401)
            lines.last() += QLatin1Char(' ') + englishFor(before.at(i).zh, i);
        else
            lines << englishFor(before.at(i).zh, i);
    }
    QTemporaryDir dir;
    const QString english = writeTextFile(dir, QStringLiteral("002.en.txt"), lines.join(QLatin1Char('\n')));

    const AlignService::Result r = AlignService(*lib).attach(id, english);
    CHECK(r.documentId == id);
    const QList<Segment> after = lib->documents().segments(id);
    CHECK(r.pairs == after.size());
    CHECK(after.size() < before.size()); // joined where the English joins
    // The Chinese text is all there, in order; the English too.
    CHECK(sideText(after, Side::Zh) == sideText(before, Side::Zh));
    CHECK(sideText(after, Side::En).remove(QLatin1Char(' ')) == lines.join(QString()).remove(QLatin1Char(' ')));
    int paired = 0;
    for (const Segment &s : after)
        paired += !s.zh.isEmpty() && !s.en.isEmpty() ? 1 : 0;
    CHECK(paired >= int(after.size()) * 95 / 100);
    CHECK(lib->documents().find(id)->languages == QStringList {QStringLiteral("zh"), QStringLiteral("en")});

    // Every annotation where its text is: same quote, found at its stored position.
    const SideText now(after, Side::Zh);
    for (int i = 0; i < ids.size(); ++i) {
        const auto a = lib->annotations().find(ids.at(i));
        REQUIRE(a);
        INFO("annotation " << i);
        CHECK_FALSE(a->orphaned);
        CHECK(a->quote == quotes.at(i));
        CHECK(Anchor::resolve(now, *a).status == Anchor::Status::AtPosition);
    }
    // The quote in line 21 now starts inside the row that holds lines 20 and 21.
    const auto joined = lib->annotations().find(ids.at(1));
    CHECK(joined->startOffset > 0);

    lib.reopen();
    CHECK(lib->documents().segments(id).size() == after.size());

    SECTION("a document with both languages is refused, naming it")
    {
        try {
            AlignService(*lib).attach(id, english);
            FAIL("attached twice");
        } catch (const Error &e) {
            CHECK(e.message().contains(lib->documents().find(id)->title));
        }
    }
}

TEST_CASE("an English-only document is given its Chinese side, its annotation kept", "[align][service]")
{
    TemporaryLibrary lib;
    QTemporaryDir dir;
    const QString english = writeTextFile(dir, QStringLiteral("talk.en.txt"),
        QStringLiteral("We started working on this problem in 2019.\nIt was hard.\nThank you all for coming today.\n"));
    const ImportResult imported = ImportService(*lib).importFile(english, {});
    REQUIRE(imported.documentId > 0);
    const qint64 id = imported.documentId;
    const QList<Segment> before = lib->documents().segments(id);
    REQUIRE(before.size() == 3);
    const qint64 annotation = lib->annotations().create(Anchor::create(SideText(before, Side::En), id, {2, 0}, {2, 9}));

    const QString chinese = writeTextFile(dir, QStringLiteral("talk.zh.txt"),
        QStringLiteral("我们在2019年开始研究这个问题。\n这很难。\n谢谢大家今天的到来。\n"));
    const SegmentRepair::Run whole = SegmentRepair(*lib).whole(id);
    const AlignService::Result r = AlignService(*lib).attach(id, chinese);
    const QList<Segment> after = lib->documents().segments(id);
    CHECK(r.pairs == after.size());
    REQUIRE(after.size() == 3);
    CHECK(after.at(0).zh.contains(QStringLiteral("2019")));
    CHECK(after.at(2).en == QStringLiteral("Thank you all for coming today."));
    const auto a = lib->annotations().find(annotation);
    REQUIRE(a);
    CHECK_FALSE(a->orphaned);
    CHECK(a->quote == QStringLiteral("Thank you"));
    CHECK(a->startSegmentId == after.at(2).id);

    // Undone (the window's Edit › Undo): the English-only document as it was, the same
    // segment ids, its language and the annotation's anchor; redone: attached again.
    const SegmentRepair::Run attached = SegmentRepair(*lib).whole(id);
    SegmentRepair(*lib).restore(attached, whole);
    const QList<Segment> undone = lib->documents().segments(id);
    REQUIRE(undone.size() == before.size());
    for (int i = 0; i < undone.size(); ++i) {
        CHECK(undone.at(i).id == before.at(i).id);
        CHECK(undone.at(i).en == before.at(i).en);
        CHECK(undone.at(i).zh.isEmpty());
    }
    CHECK(lib->documents().find(id)->languages == QStringList {QStringLiteral("en")});
    CHECK(lib->annotations().find(annotation)->startSegmentId == before.at(2).id);
    SegmentRepair(*lib).restore(whole, attached);
    CHECK(lib->documents().segments(id).at(0).zh.contains(QStringLiteral("2019")));
    CHECK(lib->documents().find(id)->languages == QStringList({QStringLiteral("zh"), QStringLiteral("en")}));
    CHECK(lib->annotations().find(annotation)->startSegmentId == after.at(2).id);

    // A Chinese file given where English is expected, the other way round, is refused.
    CHECK_THROWS_AS(AlignService(*lib).alignFiles(english, english), Error);
}

TEST_CASE("The library's bilingual documents give the aligner its ratio and a lexicon", "[align][service]")
{
    TemporaryLibrary lib;
    // Nothing bilingual yet (an empty library, then a Chinese-only document): the default
    // ratio and no lexicon.
    LengthAligner::Options options = AlignService(*lib).lengthOptions();
    CHECK(options.zhPerEn == CharRatio::kDefault);
    CHECK_FALSE(options.lexicon);
    importSeed(*lib, QStringLiteral("002_1f521656fab2dc1c.txt"));
    CHECK_FALSE(AlignService(*lib).lengthOptions().lexicon);

    importSeed(*lib, QStringLiteral("001_b20dc5de5308e2ee.txt"));
    options = AlignService(*lib).lengthOptions();
    CHECK(options.zhPerEn != CharRatio::kDefault);
    REQUIRE(options.lexicon);
    // Words the talk translates again and again are linked; unrelated ones are not.
    AlignLexicon lexicon = *options.lexicon;
    const QList<int> zh = lexicon.zhKeys(QStringLiteral("这些模型的价值观"));
    CHECK(lexicon.similarity(zh, lexicon.enKeys(QStringLiteral("the values of these models"))) > 0.5);
    CHECK(lexicon.similarity(zh, lexicon.enKeys(QStringLiteral("bicycle pumps"))) == 0);
}
