#include "models/export/odtstyles.h"

#include <catch2/catch.hpp>

using namespace bitext;

TEST_CASE("ODT styles: Western font properties repeated for Asian and complex text", "[export][odt]")
{
    const QByteArray in = "<style:style style:name=\"c7\" style:family=\"text\">"
                          "<style:text-properties fo:font-weight=\"bold\" fo:font-family=\"Noto Sans CJK SC\" "
                          "fo:font-size=\"15pt\"/></style:style>"
                          "<text:span text:style-name=\"c7\">对齐研究笔记</text:span>";
    const QString out = QString::fromUtf8(OdtStyles::addScriptProperties(in));
    CHECK(out.contains(QStringLiteral("style:font-weight-asian=\"bold\"")));
    CHECK(out.contains(QStringLiteral("style:font-weight-complex=\"bold\"")));
    CHECK(out.contains(QStringLiteral("style:font-size-asian=\"15pt\"")));
    CHECK(out.contains(QStringLiteral("style:font-family-asian=\"Noto Sans CJK SC\"")));
    CHECK(out.contains(QStringLiteral("fo:font-size=\"15pt\" ")));
    CHECK(out.endsWith(QStringLiteral("/></style:style><text:span text:style-name=\"c7\">对齐研究笔记</text:span>")));
    // Already complete: nothing added twice.
    CHECK(OdtStyles::addScriptProperties(out.toUtf8()) == out.toUtf8());
}
