// Links in notes and document metadata: opened only on a click, only for http(s), and
// only after the address was shown and Open chosen.
#include "tests/ui/untrusted/hostiletext.h"
#include "tests/ui/untrusted/linkrecorder.h"
#include "ui/annotate/notepreview.h"
#include "ui/library/documentheader.h"

#include <QLabel>
#include <QTest>
#include <QTextBlock>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;
using bitext::test::HostileText;
using bitext::test::LinkRecorder;

namespace {

// Clicks the link to href in the preview, as a user does.
void clickLink(NotePreview &preview, const QString &href)
{
    int position = -1;
    for (QTextBlock block = preview.document()->begin(); block.isValid() && position < 0; block = block.next()) {
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorHref() == href) {
                position = it.fragment().position() + 1;
                break;
            }
        }
    }
    REQUIRE(position >= 0);
    QTextCursor cursor(preview.document());
    cursor.setPosition(position);
    const QRect at = preview.cursorRect(cursor);
    const QPoint point(at.left() + 1, at.center().y());
    QTest::mouseClick(preview.viewport(), Qt::LeftButton, Qt::NoModifier, point);
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("A note's links open only for http(s), after the address is shown and Open chosen", "[untrusted][links]")
{
    HostileText hostile;
    LinkRecorder links;
    const QString web = hostile.web(QStringLiteral("page?a=1&b=2"));
    NotePreview preview;
    preview.resize(700, 400);
    preview.show();
    REQUIRE(QTest::qWaitForWindowExposed(&preview));
    preview.setMarkdownText(QStringLiteral("[script](javascript:alert(1))\n\n[passwords](file:///etc/passwd)\n\n"
                                           "<a href=\"file:///etc/shadow\">shadow</a>\n\n[web](%1)\n")
                                .arg(web));
    QCoreApplication::processEvents();
    // Showing the note opened nothing.
    CHECK(links.opened.isEmpty());

    for (const QString &href : {QStringLiteral("javascript:alert(1)"), QStringLiteral("file:///etc/passwd"),
             QStringLiteral("file:///etc/shadow")}) {
        INFO(href.toStdString());
        links.answerNextBox(QStringLiteral("OK"));
        clickLink(preview, href);
        CHECK(links.boxName == QStringLiteral("linkRefused"));
        CHECK(links.boxText.contains(href.left(10)));
        CHECK(links.opened.isEmpty());
    }

    // A web address: shown in full first; Cancel opens nothing.
    links.answerNextBox(QStringLiteral("Cancel"));
    clickLink(preview, web);
    CHECK(links.boxName == QStringLiteral("linkConfirmation"));
    CHECK(HostileText::shownText(links.boxText).contains(QUrl(web).toString(QUrl::FullyEncoded)));
    CHECK(links.opened.isEmpty());

    links.answerNextBox(QStringLiteral("Open"));
    clickLink(preview, web);
    CHECK(links.boxName == QStringLiteral("linkConfirmation"));
    REQUIRE(links.opened.size() == 1);
    CHECK(links.opened.first() == QUrl(web));
    CHECK(hostile.connections() == 0); // handed to the "browser", never fetched by Bitext
}

TEST_CASE("The document header links only a web address, and asks before opening it", "[untrusted][links][header]")
{
    HostileText hostile;
    LinkRecorder links;
    DocumentHeader header;
    header.resize(700, 200);
    header.show();
    REQUIRE(QTest::qWaitForWindowExposed(&header));
    auto *facts = header.findChild<QLabel *>(QStringLiteral("documentFacts"));
    REQUIRE(facts);
    CHECK_FALSE(facts->openExternalLinks());

    Document document;
    document.id = 1;
    document.title = QStringLiteral("Interview");
    for (const QString &url : {QStringLiteral("file:///etc/passwd"), QStringLiteral("javascript:alert(1)"),
             QStringLiteral("data:text/html,<b>x</b>"), QStringLiteral("bitext-evil://run")}) {
        INFO(url.toStdString());
        document.sourceUrl = url;
        header.setDocument(document);
        QCoreApplication::processEvents();
        CHECK_FALSE(facts->text().contains(QStringLiteral("href")));
        // The address shows as text, and a click on it does nothing.
        CHECK(HostileText::shownText(facts->text()).contains(url.left(8)));
        links.answerNextBox(QStringLiteral("OK"));
        QTest::mouseClick(facts, Qt::LeftButton, Qt::NoModifier, QPoint(3, facts->height() / 2));
        QCoreApplication::processEvents();
        links.stopAnswering();
        CHECK(links.boxName.isEmpty());
        CHECK(links.opened.isEmpty());
    }

    const QString web = hostile.web(QStringLiteral("talk"));
    document.sourceUrl = web;
    header.setDocument(document);
    QCoreApplication::processEvents();
    CHECK(facts->text().contains(QStringLiteral("href")));
    links.answerNextBox(QStringLiteral("Cancel"));
    QTest::mouseClick(facts, Qt::LeftButton, Qt::NoModifier, QPoint(3, facts->height() / 2));
    CHECK(links.boxName == QStringLiteral("linkConfirmation"));
    CHECK(links.boxText.contains(web));
    CHECK(links.opened.isEmpty());
    links.answerNextBox(QStringLiteral("Open"));
    QTest::mouseClick(facts, Qt::LeftButton, Qt::NoModifier, QPoint(3, facts->height() / 2));
    REQUIRE(links.opened.size() == 1);
    CHECK(links.opened.first() == QUrl(web));
}
