#include "models/import/formatdetector.h"
#include "models/import/inlinemarkup.h"
#include "models/import/speakergloss.h"
#include "models/text/hanspacing.h"
#include "models/text/script.h"

#include <catch2/catch.hpp>

using namespace bitext;

TEST_CASE("script: dominant script and the one-boundary split", "[import][text]")
{
    CHECK(dominantScript(QStringLiteral("我们把GDP的百分之一投入到AI中")) == Script::Han);
    CHECK(dominantScript(QStringLiteral("Okay, I think we're live.")) == Script::Latin);
    CHECK(dominantScript(QStringLiteral("bug。")) == Script::Han);
    CHECK(dominantScript(QStringLiteral("12:30 -- !")) == Script::None);

    QString zh, en;
    CHECK(splitAtScriptBoundary(QStringLiteral("我同意。 I agree with that completely."), zh, en));
    CHECK(zh == QStringLiteral("我同意。"));
    CHECK(en == QStringLiteral("I agree with that completely."));
    CHECK(splitAtScriptBoundary(QStringLiteral("That is what we saw. 这就是我们看到的。"), zh, en));
    CHECK(en == QStringLiteral("That is what we saw."));
    CHECK(zh == QStringLiteral("这就是我们看到的。"));
    // Ambiguous: several boundaries, or too little English to be a translation.
    zh.clear();
    CHECK_FALSE(splitAtScriptBoundary(QStringLiteral("我用 Claude 写了 Python 代码"), zh, en));
    CHECK_FALSE(splitAtScriptBoundary(QStringLiteral("我们用 Claude Code"), zh, en));
    CHECK(zh.isEmpty());
}

TEST_CASE("Han-space clean-up touches only spaces between two Han characters", "[import][text]")
{
    CHECK(removeSpacesBetweenHan(QStringLiteral("我 不 认为")) == QStringLiteral("我不认为"));
    CHECK(removeSpacesBetweenHan(QStringLiteral("我用 Claude 写")) == QStringLiteral("我用 Claude 写"));
    CHECK(removeSpacesBetweenHan(QStringLiteral("嗯。 但它")) == QStringLiteral("嗯。 但它"));
    CHECK(removeSpacesBetweenHan(QStringLiteral("即  使")) == QStringLiteral("即使"));
}

TEST_CASE("inline markup is removed, entities decoded", "[import][text]")
{
    CHECK(InlineMarkup::plainText(QStringLiteral("这是**对齐**和*强调*，`code`")) == QStringLiteral("这是对齐和强调，code"));
    CHECK(InlineMarkup::plainText(QStringLiteral("a * b * c")) == QStringLiteral("a * b * c"));
    CHECK(InlineMarkup::plainText(QStringLiteral(">> <i>Yes</i> &amp; &#x4E2D;&#25991; &unknown;"))
          == QStringLiteral(">> Yes & 中文 &unknown;"));
}

TEST_CASE("glossed speaker names and format detection", "[import][text]")
{
    const QString name = QStringLiteral("阿曼達·阿斯凱爾（Amanda Askell）");
    CHECK(SpeakerGloss::isGlossedName(name));
    CHECK(SpeakerGloss::primaryName(name) == QStringLiteral("阿曼達·阿斯凱爾"));
    CHECK(SpeakerGloss::alias(name) == QStringLiteral("Amanda Askell"));
    CHECK_FALSE(SpeakerGloss::isGlossedName(QStringLiteral("三位專家共同探討")));
    CHECK(SpeakerGloss::stripNumber(QStringLiteral("2. ") + name) == name);

    CHECK(FormatDetector::detect(QStringLiteral("WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n"), QStringLiteral("a.txt"))
          == QStringLiteral("vtt"));
    CHECK(FormatDetector::detect(QStringLiteral("1\n00:00:01,000 --> 00:00:02,000\nhi\n"), QStringLiteral("a.txt"))
          == QStringLiteral("srt"));
    CHECK(FormatDetector::detect(QStringLiteral("A: 你好\nB: hello there\n"), QStringLiteral("a.txt"))
          == QStringLiteral("name-colon"));
    CHECK(FormatDetector::detect(QStringLiteral("你好\n再见\n"), QStringLiteral("a.txt")) == QStringLiteral("plain"));
}
