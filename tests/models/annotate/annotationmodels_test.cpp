#include "models/item/annotationfiltermodel.h"
#include "models/item/annotationlistmodel.h"
#include "models/item/annotationroles.h"
#include "models/item/tagtreemodel.h"
#include "models/store/annotationrepository.h"
#include "models/store/noterepository.h"
#include "models/store/tagrepository.h"
#include "tests/models/annotate/annotatefixture.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace bitext;

namespace {

struct Fixture
{
    test::TemporaryLibrary lib;
    qint64 first = 0;
    qint64 second = 0;
    qint64 risk = 0;
    qint64 misuse = 0;
    qint64 method = 0;
    qint64 a1 = 0, a2 = 0, a3 = 0;

    Fixture()
    {
        first = test::insertTalk(*lib);
        second = test::insertTalk(*lib, QStringLiteral("Second talk"));
        misuse = lib->tags().ensurePath(QStringLiteral("Risk/Misuse"));
        risk = lib->tags().findByPath(QStringLiteral("Risk"))->id;
        method = lib->tags().ensurePath(QStringLiteral("Method"));
        Annotation a = test::annotationOn(*lib, first, 1, QStringLiteral("对齐"));
        a.tagIds = {misuse};
        a.color = QColor(QStringLiteral("#ffd54f"));
        a1 = lib->annotations().create(a);
        a = test::annotationOn(*lib, first, 0, QStringLiteral("Welcome"), Side::En);
        a.tagIds = {method, risk};
        a.color = QColor(QStringLiteral("#81c784"));
        a2 = lib->annotations().create(a);
        a = test::annotationOn(*lib, second, 2, QStringLiteral("监督"));
        a.tagIds = {method};
        a.color = QColor(QStringLiteral("#ffd54f"));
        a3 = lib->annotations().create(a);
        lib->notes().setAnnotationNote(a3, QStringLiteral("Oversight **matters**"));
    }
};

} // namespace

TEST_CASE("AnnotationListModel lists a document or the library with its roles", "[models][annotate]")
{
    Fixture f;
    AnnotationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLibrary(&f.lib.library());
    REQUIRE(model.rowCount() == 3);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setDocument(f.first);
    CHECK(reset.count() == 1);
    REQUIRE(model.rowCount() == 2);
    // Reading order: segment 0 (English "Welcome") before segment 1.
    const QModelIndex top = model.index(0);
    CHECK(top.data(AnnotationRole::AnnotationIdRole).toLongLong() == f.a2);
    CHECK(top.data(Qt::DisplayRole).toString() == QStringLiteral("Welcome"));
    CHECK(top.data(AnnotationRole::SideRole).toString() == QStringLiteral("en"));
    CHECK(top.data(AnnotationRole::SegmentOrdinalRole).toInt() == 0);
    CHECK(top.data(AnnotationRole::SpeakerNameRole).toString() == QStringLiteral("Host"));
    CHECK(top.data(AnnotationRole::TagPathsRole).toStringList() == (QStringList{QStringLiteral("Risk"), QStringLiteral("Method")}));
    CHECK(top.data(AnnotationRole::DocumentTitleRole).toString() == QStringLiteral("对齐访谈"));
    CHECK(model.index(1).data(AnnotationRole::SpeakerNameRole).toString() == QStringLiteral("Guest"));

    SECTION("a retag changes data in place, a new annotation inserts a row")
    {
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        f.lib->annotations().setTags(f.a1, {f.method});
        CHECK(changed.count() >= 1);
        CHECK(reset.count() == 1);
        CHECK(model.index(1).data(AnnotationRole::TagPathsRole).toStringList() == QStringList{QStringLiteral("Method")});
        f.lib->notes().setAnnotationNote(f.a1, QStringLiteral("new note"));
        CHECK(model.index(1).data(AnnotationRole::NoteRole).toString() == QStringLiteral("new note"));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        f.lib->annotations().create(test::annotationOn(*f.lib, f.first, 2, QStringLiteral("可扩展")));
        CHECK(model.rowCount() == 3);
        CHECK(inserted.count() == 1);
        CHECK(reset.count() == 1);
        // Another document's change leaves this one alone.
        const int resets = reset.count();
        f.lib->annotations().create(test::annotationOn(*f.lib, f.second, 1, QStringLiteral("讨论")));
        CHECK(reset.count() == resets);
        f.lib->annotations().remove(f.a1);
        CHECK(model.rowCount() == 2);
        CHECK_FALSE(model.indexOfAnnotation(f.a1).isValid());
    }
}

TEST_CASE("AnnotationFilterModel filters by tag subtree, speaker, colour and text", "[models][annotate]")
{
    Fixture f;
    AnnotationListModel model;
    model.setLibrary(&f.lib.library());
    AnnotationFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&model);
    CHECK(filter.rowCount() == 3);

    filter.setTagFilter(f.risk); // Risk and Risk/Misuse
    CHECK(filter.rowCount() == 2);
    filter.setTagFilter(f.misuse);
    CHECK(filter.rowCount() == 1);
    CHECK(filter.index(0, 0).data(AnnotationRole::AnnotationIdRole).toLongLong() == f.a1);
    filter.setTagFilter(0);

    const qint64 guest = filter.index(1, 0).data(AnnotationRole::SpeakerIdRole).toLongLong();
    REQUIRE(guest != 0);
    filter.setSpeakerFilter(guest);
    CHECK(filter.rowCount() == 1);
    filter.setSpeakerFilter(0);

    filter.setColorFilter(QColor(QStringLiteral("#ffd54f")));
    CHECK(filter.rowCount() == 2);
    filter.setTextFilter(QStringLiteral("MATTERS")); // in a3's note
    CHECK(filter.rowCount() == 1);
    CHECK(filter.index(0, 0).data(AnnotationRole::AnnotationIdRole).toLongLong() == f.a3);
    filter.setColorFilter(QColor());
    filter.setTextFilter(QStringLiteral("misuse")); // a tag path
    CHECK(filter.rowCount() == 1);
    filter.setTextFilter(QString());
    CHECK(filter.rowCount() == 3);

    // Moving Misuse out of Risk changes what the Risk filter keeps.
    filter.setTagFilter(f.risk);
    CHECK(filter.rowCount() == 2);
    Tag moved = *f.lib->tags().find(f.misuse);
    moved.parentId = 0;
    f.lib->tags().update(moved);
    CHECK(filter.rowCount() == 1);
}

TEST_CASE("TagTreeModel shows the codebook as a tree with counts", "[models][annotate]")
{
    Fixture f;
    TagTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLibrary(&f.lib.library());
    REQUIRE(model.rowCount() == 2); // Method, Risk
    const QModelIndex riskIndex = model.indexOfTag(f.risk);
    REQUIRE(riskIndex.isValid());
    CHECK(riskIndex.data().toString() == QStringLiteral("Risk"));
    CHECK(model.rowCount(riskIndex) == 1);
    const QModelIndex misuseIndex = model.index(0, 0, riskIndex);
    CHECK(misuseIndex.data(AnnotationRole::TagIdRole).toLongLong() == f.misuse);
    CHECK(misuseIndex.data(AnnotationRole::TagPathRole).toString() == QStringLiteral("Risk/Misuse"));
    CHECK(model.parent(misuseIndex) == riskIndex);
    CHECK(riskIndex.data(AnnotationRole::TagCountRole).toInt() == 1);
    CHECK(riskIndex.data(AnnotationRole::TagTotalCountRole).toInt() == 2);
    // The count says what it counts: the quotes of the tag and of the tags below it.
    const QModelIndex riskCount = model.indexOfTag(f.risk, TagTreeModel::CountColumn);
    CHECK(riskCount.data().toString() == QStringLiteral("2 incl. subtags"));
    const QString tip = riskCount.data(Qt::ToolTipRole).toString(); // "1 quote(s)" until a catalogue is loaded
    CHECK(tip.startsWith(QStringLiteral("1 quote")));
    CHECK(tip.contains(QStringLiteral("tagged Risk itself\n2 with the tags below it too")));
    CHECK(model.indexOfTag(f.misuse, TagTreeModel::CountColumn).data().toString() == QStringLiteral("1"));
    CHECK(model.headerData(TagTreeModel::CountColumn, Qt::Horizontal).toString() == QStringLiteral("Quotes"));
    CHECK(model.headerData(TagTreeModel::CountColumn, Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("below")));
    CHECK(model.indexOfTag(f.method).data(AnnotationRole::TagCountRole).toInt() == 2);

    model.setDocument(f.second);
    CHECK(model.indexOfTag(f.method).data(AnnotationRole::TagCountRole).toInt() == 1);
    CHECK(model.indexOfTag(f.risk).data(AnnotationRole::TagTotalCountRole).toInt() == 0);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    f.lib->annotations().setTags(f.a3, {f.method, f.misuse}); // counts only
    CHECK(reset.count() == 0);
    CHECK(changed.count() > 0);
    CHECK(model.indexOfTag(f.risk).data(AnnotationRole::TagTotalCountRole).toInt() == 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    f.lib->tags().ensurePath(QStringLiteral("Risk/Deception")); // the tree changes, row by row
    CHECK(reset.count() == 0);
    CHECK(inserted.count() == 1);
    CHECK(model.rowCount(model.indexOfTag(f.risk)) == 2);
    f.lib->tags().remove(f.risk);
    CHECK(model.rowCount() == 1);
    CHECK_FALSE(model.indexOfTag(f.misuse).isValid());
}
