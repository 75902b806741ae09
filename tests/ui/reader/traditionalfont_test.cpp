// Traditional Chinese (seed 004) is laid out in Noto Sans CJK TC, Simplified (003) in SC.
#include "models/item/segmentmodel.h"
#include "tests/ui/reader/windowfixture.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/reader/readerfonts.h"
#include "ui/reader/readerview.h"

#include <QFontInfo>
#include <QTest>
#include <QTextLayout>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

const QString kTraditionalFace = QStringLiteral("Noto Sans CJK TC");
const QString kSimplifiedFace = QStringLiteral("Noto Sans CJK SC");

// The face the reader lays out a row's Chinese in.
QString chineseFace(MainWindow &window, int row)
{
    return QFontInfo(window.reader()->geometry()->textLayout(row, Side::Zh)->font()).family();
}

} // namespace

TEST_CASE("The reader draws Traditional segments with Traditional glyph forms", "[reader][fonts]")
{
    test::WindowFixture f;
    MainWindow &window = f.window;
    const qint64 notes = f.import(QStringLiteral("004"));
    const qint64 panel = f.import(QStringLiteral("003"));

    window.openDocument(notes);
    SegmentModel *segments = window.segmentModel();
    REQUIRE(segments->segmentAt(0).zh == QStringLiteral("大家好，這裡是最佳拍檔，我是大飛。"));
    CHECK(chineseFace(window, 0) == kTraditionalFace);
    const int last = segments->rowCount() - 1;
    REQUIRE(segments->segmentAt(last).zh == QStringLiteral("感谢大家的观看，我们下期再见"));
    CHECK(chineseFace(window, last) == kSimplifiedFace); // 004 ends in Simplified
    const ReaderFonts &fonts = window.reader()->geometry()->fonts();
    QStringList headings;
    for (const Section &section : segments->sections())
        headings << section.title;
    REQUIRE(headings.contains(QStringLiteral("總結")));
    CHECK(QFontInfo(fonts.heading(QStringLiteral("總結"))).family() == kTraditionalFace);
    // 引言 is written alike in both scripts: in a Traditional document it is Traditional.
    REQUIRE(headings.first() == QStringLiteral("引言"));
    REQUIRE(window.reader()->geometry()->isTraditionalDocument());
    CHECK(QFontInfo(fonts.heading(headings.first(), true)).family() == kTraditionalFace);
    CHECK(QFontInfo(fonts.heading(headings.first(), false)).family() == kSimplifiedFace);

    window.openDocument(panel);
    CHECK_FALSE(window.reader()->geometry()->isTraditionalDocument());
    CHECK(chineseFace(window, 0) == kSimplifiedFace);
    CHECK(QFontInfo(fonts.heading(QStringLiteral("对齐的理解"))).family() == kSimplifiedFace);
    // Zooming keeps the choice.
    window.reader()->setZoom(3);
    window.openDocument(notes);
    CHECK(chineseFace(window, 0) == kTraditionalFace);
}
