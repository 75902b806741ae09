#include "models/export/notehtml.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

// Parses as XML inside one element, or fails the test.
void checkWellFormed(const QString &html)
{
    QXmlStreamReader xml(QStringLiteral("<div>") + html + QStringLiteral("</div>"));
    while (!xml.atEnd())
        xml.readNext();
    INFO(html.toStdString() << "\n" << xml.errorString().toStdString());
    CHECK_FALSE(xml.hasError());
}

} // namespace

TEST_CASE("Notes render their Markdown as HTML", "[export][notes]")
{
    const QString html
        = NoteHtml::fromMarkdown(QStringLiteral("**Key claim**: honesty is *central*, ~~not~~ `optional`.\n\n"
                                                "- first\n- second\n  - nested\n\n"
                                                "1. one\n2. two\n\n"
                                                "> quoted\n\n"
                                                "# Heading\n\n"
                                                "See [the paper](https://example.org/p?a=1&b=2).\n\n"
                                                "```\ncode <b>\nline two\n```\n"));
    INFO(html.toStdString());
    checkWellFormed(html);
    CHECK(html.contains(QStringLiteral("<strong>Key claim</strong>")));
    CHECK(html.contains(QStringLiteral("<em>central</em>")));
    CHECK(html.contains(QStringLiteral("<s>not</s>")));
    CHECK(html.contains(QStringLiteral("<code>optional</code>")));
    CHECK(html.contains(QStringLiteral("<ul><li>first</li><li>second<ul><li>nested</li></ul></li></ul>")));
    CHECK(html.contains(QStringLiteral("<ol><li>one</li><li>two</li></ol>")));
    CHECK(html.contains(QStringLiteral("<blockquote><p>quoted</p></blockquote>")));
    CHECK(html.contains(QStringLiteral("<h4>Heading</h4>")));
    CHECK(html.contains(QStringLiteral("<a href=\"https://example.org/p?a=1&amp;b=2\" rel=\"noopener noreferrer\">the "
                                       "paper</a>")));
    CHECK(html.contains(QStringLiteral("<pre><code>code &lt;b&gt;\nline two</code></pre>")));
    CHECK_FALSE(html.contains(QStringLiteral("**")));
    CHECK(NoteHtml::fromMarkdown(QStringLiteral("  ")).isEmpty());
}

TEST_CASE("Notes render to HTML that runs and loads nothing", "[export][notes][hostile]")
{
    const QString html = NoteHtml::fromMarkdown(
        QStringLiteral("<script>alert('note')</script> <img src=x onerror=alert(1)>\n\n"
                       "[click](javascript:alert(1)) ![x](https://evil.example/x.png) ![y](/etc/passwd)\n\n"
                       "<iframe src=\"https://evil.example\"></iframe> \u0002 ]]>"));
    INFO(html.toStdString());
    checkWellFormed(html);
    CHECK_FALSE(html.contains(QStringLiteral("<script")));
    CHECK_FALSE(html.contains(QStringLiteral("<img")));
    CHECK_FALSE(html.contains(QStringLiteral("<iframe")));
    CHECK_FALSE(html.contains(QStringLiteral("javascript:alert(1)\"")));
    CHECK_FALSE(html.contains(QRegularExpression(QStringLiteral("<[^>]*\\s(src|on\\w+)="))));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt;")));
    CHECK(html.contains(QStringLiteral("click"))); // the link's text stays
}

TEST_CASE("Notes render GitHub tables and task lists", "[export][notes]")
{
    const QString html = NoteHtml::fromMarkdown(
        QStringLiteral("| Claim | Source |\n|---|---|\n| *honest* | 003 |\n\n- [x] read it\n- [ ] quote it\n"));
    INFO(html.toStdString());
    checkWellFormed(html);
    CHECK(html.contains(QStringLiteral("<table><tr><th>Claim</th><th>Source</th></tr><tr><td><em>honest</em></td>"
                                       "<td>003</td></tr></table>")));
    CHECK(html.contains(QStringLiteral("<li>☑ read it</li>")));
    CHECK(html.contains(QStringLiteral("<li>☐ quote it</li>")));
}
