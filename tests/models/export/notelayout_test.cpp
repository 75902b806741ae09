// PDF and ODT lay notes out in one QTextDocument: many notes with headings, emphasis,
// code, links, lists and block quotes, as a library of thousands of them has.
#include "models/export/textdocumentbuilder.h"

#include <QTextDocument>

#include <catch2/catch.hpp>

using namespace bitext;

TEST_CASE("PDF/ODT layout: many rich notes are laid out, each with its text", "[export][pdf][odt]")
{
    // Merging the export's fonts into a note's runs joins and splits its fragments:
    // this crashed (an iterator over the fragments outlived them) at a few hundred notes.
    ExportData data;
    ExportDocument doc;
    doc.document.id = 1;
    doc.document.title = QStringLiteral("A talk");
    data.documents << doc;
    ExportGroup group;
    group.documentIndex = 0;
    for (int i = 0; i < 400; ++i) {
        ExportQuote quote;
        quote.annotation.id = i + 1;
        quote.annotation.side = Side::Zh;
        quote.documentIndex = 0;
        quote.zh = QStringLiteral("我们认为对齐研究很重要。");
        quote.en = QStringLiteral("We think alignment research matters.");
        quote.note = QStringLiteral("## Point %1\n\nThis is **important** for the *argument* about `reward models`.\n\n"
                                    "- first reason\n- second reason, see [the paper](https://example.org/paper/%1)\n\n"
                                    "> A remark quoted from elsewhere.\n")
                         .arg(i);
        group.quotes << i;
        data.quotes << quote;
    }
    data.groups << group;
    for (const QStringList &families :
        {TextDocumentBuilder::latinFirstFamilies(), TextDocumentBuilder::cjkFirstFamilies()}) {
        const auto document = TextDocumentBuilder(families).build(data);
        const QString text = document->toPlainText();
        CHECK(text.count(QStringLiteral("This is important for the argument about reward models.")) == 400);
        CHECK(text.contains(QStringLiteral("Point 399")));
        CHECK(text.count(QStringLiteral("A remark quoted from elsewhere.")) == 400);
    }
}
