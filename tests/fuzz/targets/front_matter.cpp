// libFuzzer target: the YAML front-matter reader (yaml-cpp into Document fields).
#include "models/import/frontmatter.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace bitext;
    // Inputs that do not open front matter still reach the reader: it is given
    // "---" and the input, as if a Markdown file began with it.
    QStringList lines = fuzz::text(data, size).split(QLatin1Char('\n'));
    if (!FrontMatter::startsAt(lines))
        lines.prepend(QStringLiteral("---"));
    return fuzz::run([&] {
        Document document;
        FrontMatter::read(lines, QStringLiteral("fuzz.md"), document);
    });
}
