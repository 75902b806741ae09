// DocumentRepository::titles(): what views that only name documents read instead of
// list(), whose figures count over every segment of the library.
#include "models/store/documentrepository.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

ParsedDocument titled(const QString &title)
{
    ParsedDocument p;
    p.document.title = title;
    p.document.languages = QStringList {QStringLiteral("zh"), QStringLiteral("en")};
    Segment s;
    s.zh = QStringLiteral("你好");
    s.en = QStringLiteral("Hello");
    p.segments << s;
    return p;
}

} // namespace

TEST_CASE("Every document's title is read by id, renamed and removed ones as they are now", "[store]")
{
    test::TemporaryLibrary lib;
    CHECK(lib->documents().titles().isEmpty());
    const qint64 first = lib->documents().insert(titled(QStringLiteral("访谈 Interview")));
    const qint64 second = lib->documents().insert(titled(QStringLiteral("Second")));
    const qint64 third = lib->documents().insert(titled(QStringLiteral("Third")));
    Document renamed = *lib->documents().find(second);
    renamed.title = QStringLiteral("第二 Renamed");
    lib->documents().updateMetadata(renamed);
    lib->documents().remove(third);

    const QHash<qint64, QString> titles = lib->documents().titles();
    CHECK(titles.size() == 2);
    CHECK(titles.value(first) == QStringLiteral("访谈 Interview"));
    CHECK(titles.value(second) == QStringLiteral("第二 Renamed"));
    CHECK_FALSE(titles.contains(third));
}
