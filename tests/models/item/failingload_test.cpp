// Load first, then reset: when the library cannot be read (here: its connection is
// closed under the model), a model throws before beginResetModel and keeps its rows,
// so views never see a reset that does not end.
#include "models/annotate/anchor.h"
#include "models/annotate/sidetext.h"
#include "models/core/error.h"
#include "models/item/annotationlistmodel.h"
#include "models/item/documentlistmodel.h"
#include "models/item/segmentmodel.h"
#include "models/item/speakermodel.h"
#include "models/store/annotationrepository.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/tagrepository.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

qint64 addTalk(Library &library, const QString &title, int segments)
{
    ParsedDocument p;
    p.document.title = title;
    p.document.format = QStringLiteral("speaker-turns");
    for (int i = 0; i < segments; ++i) {
        Segment s;
        s.speaker = i % 2 ? QStringLiteral("Guest") : QStringLiteral("Host");
        s.zh = QStringLiteral("第%1句，对齐。").arg(i);
        p.segments << s;
    }
    return library.documents().insert(p);
}

// Closes the library's connection under the model, then runs a load that must throw
// before touching the model: every modelAboutToBeReset is followed by its modelReset.
template<typename Load> void failToLoad(QAbstractItemModel &model, Library &library, Load load)
{
    QSignalSpy begun(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy ended(&model, &QAbstractItemModel::modelReset);
    library.database().connection().close();
    CHECK_THROWS_AS(load(), Error);
    CHECK(begun.count() == ended.count());
}

} // namespace

TEST_CASE("DocumentListModel keeps its rows when the library cannot be read", "[item][failing]")
{
    test::TemporaryLibrary lib;
    addTalk(*lib, QStringLiteral("Alpha"), 2);
    addTalk(*lib, QStringLiteral("Beta"), 3);
    DocumentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLibrary(&*lib);
    REQUIRE(model.rowCount() == 2);
    failToLoad(model, *lib, [&] { model.reload(); });
    CHECK(model.rowCount() == 2);
    CHECK(model.index(1, DocumentListModel::TitleColumn).data().toString() == QStringLiteral("Beta"));
}

TEST_CASE("SegmentModel keeps the open document when another cannot be loaded", "[item][failing]")
{
    test::TemporaryLibrary lib;
    const qint64 first = addTalk(*lib, QStringLiteral("Alpha"), 4);
    const qint64 second = addTalk(*lib, QStringLiteral("Beta"), 6);
    SegmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLibrary(&*lib);
    model.setDocument(first);
    REQUIRE(model.rowCount() == 4);
    failToLoad(model, *lib, [&] { model.setDocument(second); });
    CHECK(model.documentId() == first);
    CHECK(model.rowCount() == 4);
    CHECK(model.segmentAt(3).zh == QStringLiteral("第3句，对齐。"));
    CHECK(model.speakerName(model.segmentAt(1).speakerId) == QStringLiteral("Guest"));
}

TEST_CASE("SpeakerModel keeps its speakers when the library cannot be read", "[item][failing]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = addTalk(*lib, QStringLiteral("Alpha"), 4);
    SpeakerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLibrary(&*lib);
    model.setDocument(doc);
    REQUIRE(model.rowCount() == 2);
    failToLoad(model, *lib, [&] { model.reload(); });
    CHECK(model.rowCount() == 2);
    CHECK(model.index(0).data().toString() == QStringLiteral("Host"));
}

TEST_CASE("AnnotationListModel keeps its quotes and their tags when the library cannot be read", "[item][failing]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = addTalk(*lib, QStringLiteral("Alpha"), 2);
    const qint64 tag = lib->tags().create(0, QStringLiteral("Ethics"));
    const SideText text(lib->documents().segments(doc), Side::Zh);
    Annotation a = Anchor::createFromPositions(text, doc, 0, 3);
    a.tagIds = {tag};
    lib->annotations().create(a);
    AnnotationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLibrary(&*lib);
    model.setDocument(doc);
    REQUIRE(model.rowCount() == 1);
    failToLoad(model, *lib, [&] { model.reload(); });
    REQUIRE(model.rowCount() == 1);
    CHECK(model.tagPath(tag) == QStringLiteral("Ethics"));
}
