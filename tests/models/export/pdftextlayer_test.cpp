// Issue 12: the PDF's text layer says exactly what was written. Noto Sans CJK draws
// a radical and the ideograph it looks like (⼀ U+2F00 and 一 U+4E00) with one
// glyph, and Qt's ToUnicode map named the radical, so quotes could not be found.
#include "models/annotate/sidetext.h"
#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "models/export/pdftounicode.h"
#include "models/store/documentrepository.h"
#include "tests/models/export/exportfixture.h"
#include "tests/support/annotatedseeds.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

bool isRadical(uint code)
{
    return code >= 0x2E80 && code <= 0x2FDF;
}

QString withoutSpace(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

// pdftotext's text in reading order without what is not the document's: the page
// numbers QTextDocument::print() puts under each page, and the Latin ligatures
// (ﬃ in "office") the font draws, which are not what this test is about.
QString readingText(const QString &pdftotext)
{
    QStringList pages = pdftotext.split(QLatin1Char('\f'));
    for (int i = 0; i < pages.size(); ++i) {
        QStringList lines = pages.at(i).trimmed().split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.last().trimmed() == QString::number(i + 1))
            lines.removeLast();
        pages[i] = lines.join(QLatin1Char('\n'));
    }
    QString text = pages.join(QLatin1Char('\n'));
    for (char16_t ligature = 0xFB00; ligature <= 0xFB06; ++ligature)
        text.replace(QChar(ligature), QString(QChar(ligature)).normalized(QString::NormalizationForm_KC));
    return withoutSpace(text);
}

} // namespace

TEST_CASE("PDF: every Chinese quote of the annotated seeds is found in pdftotext output, without radicals",
    "[export][pdf][cjk]")
{
    test::AnnotatedSeeds seeds;
    // Besides the fixture's quotes, the whole Chinese side of the first segments of
    // both seeds as quotes: text with 一, 对齐 and the other characters that share a
    // glyph with a radical.
    for (const qint64 document : {seeds.article, seeds.interview}) {
        const SideText text(seeds.lib->documents().segments(document), Side::Zh);
        for (int segment = 0; segment < 12; ++segment) {
            const QString zh = text.segmentText(segment).trimmed();
            if (!zh.isEmpty() && zh.size() < 400)
                test::annotateQuote(*seeds.lib, document, segment, zh, Side::Zh, {});
        }
    }
    // One column (no aligned translation): a quote running over a page break then
    // stays one run of text in reading order.
    ExportRequest request;
    request.withTranslation = false;
    const ExportData data = ExportCollector(*seeds.lib).collect(request);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.pdf"));
    Exporter::create(ExportFormat::Pdf)->write(data, path);
    const auto text = test::runTool(
        QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0); // poppler-utils (packaging/install-deps.sh)
    const QString flat = readingText(text.out);

    int chinese = 0;
    bool sharesGlyph = false;
    const auto equivalents = PdfToUnicode::radicalEquivalents({QStringLiteral("Noto Sans CJK SC")});
    for (const ExportQuote &quote : data.quotes) {
        if (quote.annotation.side != Side::Zh)
            continue;
        ++chinese;
        const QString written = quote.annotation.quote;
        for (const QChar c : written) {
            REQUIRE_FALSE(isRadical(c.unicode())); // the seeds write ordinary characters only
            for (auto it = equivalents.cbegin(); it != equivalents.cend(); ++it)
                sharesGlyph = sharesGlyph || it.value() == c.unicode();
        }
        INFO(written.toStdString());
        CHECK(flat.contains(withoutSpace(written)));
    }
    CHECK(chinese >= 10);
    CHECK(sharesGlyph); // the quotes do hold characters that used to extract as radicals

    QString radicals;
    for (const QChar c : text.out) {
        if (isRadical(c.unicode()))
            radicals.append(c);
    }
    INFO(radicals.toStdString());
    CHECK(radicals.isEmpty());
}

TEST_CASE("PDF ToUnicode repair: radicals in single and array entries, linear ranges kept", "[export][pdf][cjk]")
{
    const QHash<char16_t, char16_t> equivalents {
        {char16_t(0x2F00), char16_t(0x4E00)}, {char16_t(0x2EEC), char16_t(0x9F50)}};
    const QByteArray cmap = "2 beginbfrange\n"
                            "<0000> <0000> <0000>\n"
                            "<0001> <0003> [<4E0E> <2EEC> <2F00> ]\n"
                            "<0004> <0004> <2F00>\n"
                            "<2F00> <2F09> <2F00>\n"
                            "endbfrange\n";
    const QByteArray repaired = PdfToUnicode::repair(cmap, equivalents);
    CHECK(repaired.size() == cmap.size());
    CHECK(repaired
        == "2 beginbfrange\n"
           "<0000> <0000> <0000>\n"
           "<0001> <0003> [<4E0E> <9F50> <4E00> ]\n"
           "<0004> <0004> <4E00>\n"
           "<2F00> <2F09> <2F00>\n"
           "endbfrange\n");
    CHECK(equivalents.value(char16_t(0x2F00)) == char16_t(0x4E00));
}

TEST_CASE("PDF ToUnicode repair: the CJK font's radicals map to the ideographs drawn alike", "[export][pdf][cjk]")
{
    const auto equivalents = PdfToUnicode::radicalEquivalents({QStringLiteral("Noto Sans CJK SC")});
    CHECK(equivalents.value(char16_t(0x2F00)) == char16_t(0x4E00)); // ⼀ -> 一
    CHECK(equivalents.value(char16_t(0x2EEC)) == char16_t(0x9F50)); // ⻬ -> 齐
}
