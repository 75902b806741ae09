// The item models follow Library::changed row by row: a change written through a
// second connection to the same file, announced on the first as remote (what the
// LibraryWatcher does), inserts, moves, updates or removes rows and never resets a
// model, so a selection and the current index on another row survive.
#include "models/item/annotationfiltermodel.h"
#include "models/item/annotationlistmodel.h"
#include "models/item/annotationroles.h"
#include "models/item/documentfilterproxy.h"
#include "models/item/documentlistmodel.h"
#include "models/item/itemroles.h"
#include "models/item/segmentmodel.h"
#include "models/item/speakermodel.h"
#include "models/item/tagtreemodel.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/noterepository.h"
#include "models/store/speakerrepository.h"
#include "models/store/tagrepository.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>

#include <catch2/catch.hpp>
#include <utility>

using namespace bitext;

namespace {

ParsedDocument transcript(const QString &title)
{
    ParsedDocument p;
    p.document.title = title;
    p.document.format = QStringLiteral("speaker-turns");
    p.document.languages = QStringList {QStringLiteral("zh"), QStringLiteral("en")};
    const char *speakers[] = {"Host", "Guest", "Host", "Guest"};
    const char *zh[] = {"大家好。", "谢谢邀请我。", "我们开始吧。", "好的。"};
    for (int i = 0; i < 4; ++i) {
        Segment s;
        s.ordinal = i;
        s.speaker = QString::fromUtf8(speakers[i]);
        s.zh = QString::fromUtf8(zh[i]);
        s.en = QStringLiteral("Line %1.").arg(i + 1);
        p.segments << s;
    }
    return p;
}

// Another connection to the same library. What it commits reaches the first
// connection only through publish(), as remote changes, like the LibraryWatcher's.
class SecondConnection
{
public:
    explicit SecondConnection(test::TemporaryLibrary &first)
        : m_first(first.library())
        , m_library(Library::open(first.path()))
    {
        QObject::connect(
            m_library.get(), &Library::changed, [this](const ChangeList &changes, bool) { m_pending << changes; });
    }
    Library *operator->() { return m_library.get(); }
    void publish() { m_first.announce(std::exchange(m_pending, {}), true); }

private:
    Library &m_first;
    std::unique_ptr<Library> m_library;
    ChangeList m_pending;
};

// What a model emitted; a reset is what must never happen.
struct Signals
{
    explicit Signals(QAbstractItemModel *model)
        : resets(model, &QAbstractItemModel::modelReset)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
    {
    }
    void clear()
    {
        inserted.clear();
        removed.clear();
        moved.clear();
        changed.clear();
    }
    QSignalSpy resets;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy changed;
};

Annotation quote(qint64 documentId, const Segment &segment, const QColor &color)
{
    Annotation a;
    a.documentId = documentId;
    a.side = Side::Zh;
    a.startSegmentId = a.endSegmentId = segment.id;
    a.startOffset = 0;
    a.endOffset = 2;
    a.quote = segment.zh.left(2);
    a.color = color;
    return a;
}

QList<qint64> annotationIds(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(AnnotationRole::AnnotationIdRole).toLongLong();
    return ids;
}

} // namespace

TEST_CASE("AnnotationListModel follows remote changes row by row", "[remote]")
{
    test::TemporaryLibrary library;
    const qint64 doc = library->documents().insert(transcript(QStringLiteral("Interview")));
    const QList<Segment> segments = library->documents().segments(doc);
    const qint64 first = library->annotations().create(quote(doc, segments.at(0), Qt::yellow));
    const qint64 third = library->annotations().create(quote(doc, segments.at(2), Qt::green));
    SecondConnection other(library);

    AnnotationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLibrary(&library.library());
    model.setDocument(doc);
    AnnotationFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(annotationIds(model) == QList<qint64> {first, third});

    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(0), QItemSelectionModel::ClearAndSelect);
    Signals spy(&model);
    const auto firstStaysChosen = [&] {
        CHECK(selection.currentIndex().data(AnnotationRole::AnnotationIdRole).toLongLong() == first);
        REQUIRE(selection.selectedIndexes().size() == 1);
        CHECK(selection.selectedIndexes().first().data(AnnotationRole::AnnotationIdRole).toLongLong() == first);
    };

    SECTION("an annotation made elsewhere is inserted at its place in reading order")
    {
        const qint64 second = other->annotations().create(quote(doc, segments.at(1), Qt::cyan));
        other.publish();
        CHECK(annotationIds(model) == QList<qint64> {first, second, third});
        REQUIRE(spy.inserted.count() == 1);
        CHECK(spy.inserted.first().at(1).toInt() == 1);
        firstStaysChosen();
    }
    SECTION("a recolour, retag or note elsewhere changes that row's data only")
    {
        Annotation changed = *other->annotations().find(third);
        changed.color = QColor(Qt::red);
        other->annotations().update(changed);
        const qint64 tag = other->tags().create(0, QStringLiteral("Motive"));
        other->annotations().setTags(third, {tag});
        other->notes().setAnnotationNote(third, QStringLiteral("Why *now*?"));
        other.publish();
        CHECK(spy.inserted.isEmpty());
        CHECK(spy.removed.isEmpty());
        REQUIRE_FALSE(spy.changed.isEmpty());
        for (const QList<QVariant> &args : std::as_const(spy.changed)) {
            CHECK(args.at(0).toModelIndex().row() == 1);
            CHECK(args.at(1).toModelIndex().row() == 1);
        }
        const QModelIndex row = model.index(1);
        CHECK(row.data(AnnotationRole::ColorRole).value<QColor>() == QColor(Qt::red));
        CHECK(row.data(AnnotationRole::TagPathsRole).toStringList() == QStringList {QStringLiteral("Motive")});
        CHECK(row.data(AnnotationRole::NoteRole).toString() == QStringLiteral("Why *now*?"));
        firstStaysChosen();

        spy.clear();
        Tag renamed = *other->tags().find(tag);
        renamed.name = QStringLiteral("Reason");
        other->tags().update(renamed);
        other.publish();
        CHECK(
            model.index(1).data(AnnotationRole::TagPathsRole).toStringList() == QStringList {QStringLiteral("Reason")});
        CHECK(spy.changed.count() == 1);
    }
    SECTION("an annotation re-anchored elsewhere moves to its new place")
    {
        Annotation moved = *other->annotations().find(first);
        moved.startSegmentId = moved.endSegmentId = segments.at(3).id;
        other->annotations().update(moved);
        other.publish();
        CHECK(annotationIds(model) == QList<qint64> {third, first});
        CHECK(spy.moved.count() == 1);
        CHECK(spy.inserted.isEmpty());
        firstStaysChosen();
        CHECK(selection.currentIndex().row() == 1);
    }
    SECTION("an annotation removed elsewhere takes only its row away")
    {
        other->annotations().remove(third);
        other.publish();
        CHECK(annotationIds(model) == QList<qint64> {first});
        CHECK(spy.removed.count() == 1);
        firstStaysChosen();
    }
    SECTION("a reset of the kind re-reads without resetting the model")
    {
        const qint64 second = other->annotations().create(quote(doc, segments.at(1), Qt::cyan));
        other.publish();
        other->annotations().remove(third);
        library->announce({Change {Change::Kind::Annotation, Change::Op::Reset, 0, 0}}, true);
        CHECK(annotationIds(model) == QList<qint64> {first, second});
        firstStaysChosen();
    }
    SECTION("a speaker assigned elsewhere changes the speaker of the quotes starting there")
    {
        const qint64 guest = other->speakers().findByName(QStringLiteral("Guest"))->id;
        other->speakers().assign({segments.at(2).id}, guest);
        other.publish();
        CHECK(model.index(1).data(AnnotationRole::SpeakerNameRole).toString() == QStringLiteral("Guest"));
        firstStaysChosen();
    }
    SECTION("local writes arrive the same way")
    {
        const qint64 second = library->annotations().create(quote(doc, segments.at(1), Qt::cyan));
        CHECK(annotationIds(model) == QList<qint64> {first, second, third});
        library->annotations().remove(second);
        CHECK(annotationIds(model) == QList<qint64> {first, third});
        firstStaysChosen();
    }
    CHECK(spy.resets.isEmpty());
}

TEST_CASE("DocumentListModel follows remote changes row by row", "[remote]")
{
    test::TemporaryLibrary library;
    const qint64 one = library->documents().insert(transcript(QStringLiteral("One")));
    const qint64 two = library->documents().insert(transcript(QStringLiteral("Two")));
    SecondConnection other(library);

    DocumentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLibrary(&library.library());
    DocumentFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 2);

    QItemSelectionModel selection(&proxy);
    selection.setCurrentIndex(proxy.mapFromSource(model.indexOfDocument(one)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    Signals spy(&model);
    Signals proxySpy(&proxy);

    const qint64 three = other->documents().insert(transcript(QStringLiteral("Three")));
    other.publish();
    CHECK(model.rowCount() == 3);
    CHECK(spy.inserted.count() == 1);
    CHECK(model.indexOfDocument(three).isValid());

    Document renamed = *other->documents().find(two);
    renamed.title = QStringLiteral("Second");
    other->documents().updateMetadata(renamed);
    other.publish();
    CHECK(model.indexOfDocument(two).data(ItemRole::TitleRole).toString() == QStringLiteral("Second"));
    CHECK(spy.changed.count() == 1);

    other->documents().remove(two);
    other.publish();
    CHECK(model.rowCount() == 2);
    CHECK_FALSE(model.indexOfDocument(two).isValid());
    CHECK(spy.removed.count() == 1);

    CHECK(selection.currentIndex().data(ItemRole::DocumentIdRole).toLongLong() == one);
    CHECK(selection.isRowSelected(proxy.mapFromSource(model.indexOfDocument(one)).row(), QModelIndex()));
    CHECK(spy.resets.isEmpty());
    CHECK(proxySpy.resets.isEmpty());
}

TEST_CASE("TagTreeModel inserts, moves and removes tags and updates counts in place", "[remote]")
{
    test::TemporaryLibrary library;
    const qint64 doc = library->documents().insert(transcript(QStringLiteral("Interview")));
    const QList<Segment> segments = library->documents().segments(doc);
    const qint64 emotion = library->tags().create(0, QStringLiteral("Emotion"));
    const qint64 joy = library->tags().create(emotion, QStringLiteral("Joy"));
    const qint64 topic = library->tags().create(0, QStringLiteral("Topic"));
    SecondConnection other(library);

    TagTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLibrary(&library.library());
    REQUIRE(model.rowCount() == 2);
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.indexOfTag(topic), QItemSelectionModel::ClearAndSelect);
    const QPersistentModelIndex joyIndex = model.indexOfTag(joy);
    Signals spy(&model);

    SECTION("a quote tagged elsewhere changes the counts of its tag and those above it")
    {
        Annotation a = quote(doc, segments.at(0), Qt::yellow);
        a.tagIds = {joy};
        other->annotations().create(a);
        other.publish();
        CHECK(model.indexOfTag(joy).data(AnnotationRole::TagCountRole).toInt() == 1);
        CHECK(model.indexOfTag(emotion).data(AnnotationRole::TagTotalCountRole).toInt() == 1);
        CHECK(spy.changed.count() == 2); // Joy and Emotion, not Topic
    }
    SECTION("a tag created elsewhere is inserted under its parent")
    {
        other->tags().create(emotion, QStringLiteral("Anger"));
        other.publish();
        CHECK(spy.inserted.count() == 1);
        CHECK(model.rowCount(model.indexOfTag(emotion)) == 2);
        // Path order: Anger before Joy.
        CHECK(model.index(0, 0, model.indexOfTag(emotion)).data().toString() == QStringLiteral("Anger"));
        CHECK(joyIndex.row() == 1);
    }
    SECTION("a tag renamed or moved elsewhere moves its row")
    {
        Tag moved = *other->tags().find(joy);
        moved.parentId = 0;
        moved.name = QStringLiteral("Zest");
        other->tags().update(moved);
        other.publish();
        CHECK(spy.moved.count() >= 1);
        CHECK(joyIndex.isValid());
        CHECK(joyIndex.data().toString() == QStringLiteral("Zest"));
        CHECK_FALSE(joyIndex.parent().isValid());
        CHECK(joyIndex.row() == 2);
    }
    SECTION("a tag removed elsewhere takes its subtree away")
    {
        other->tags().remove(emotion);
        other.publish();
        CHECK(spy.removed.count() == 1);
        CHECK(model.rowCount() == 1);
        CHECK_FALSE(joyIndex.isValid());
    }
    SECTION("tags merged elsewhere: the children move to the tag kept")
    {
        other->tags().merge(emotion, topic);
        other.publish();
        CHECK(model.rowCount() == 1);
        CHECK(joyIndex.isValid());
        CHECK(joyIndex.parent() == model.indexOfTag(topic));
    }
    CHECK(selection.currentIndex() == model.indexOfTag(topic));
    CHECK(selection.isSelected(model.indexOfTag(topic)));
    CHECK(model.tags().size() == other->tags().list().size());
    CHECK(spy.resets.isEmpty());
}

TEST_CASE("SpeakerModel and SegmentModel follow remote speaker changes row by row", "[remote]")
{
    test::TemporaryLibrary library;
    const qint64 doc = library->documents().insert(transcript(QStringLiteral("Interview")));
    const QList<Segment> segments = library->documents().segments(doc);
    SecondConnection other(library);

    SpeakerModel speakers;
    QAbstractItemModelTester speakerTester(&speakers, QAbstractItemModelTester::FailureReportingMode::Fatal);
    speakers.setLibrary(&library.library());
    speakers.setDocument(doc);
    SegmentModel rows;
    QAbstractItemModelTester rowTester(&rows, QAbstractItemModelTester::FailureReportingMode::Fatal);
    rows.setLibrary(&library.library());
    rows.setDocument(doc);
    REQUIRE(speakers.rowCount() == 2);
    const qint64 host = speakers.speakerAt(0).id;
    const qint64 guest = speakers.speakerAt(1).id;

    QItemSelectionModel speakerSelection(&speakers);
    speakerSelection.setCurrentIndex(speakers.indexOfSpeaker(guest), QItemSelectionModel::ClearAndSelect);
    QItemSelectionModel rowSelection(&rows);
    rowSelection.setCurrentIndex(rows.index(3), QItemSelectionModel::ClearAndSelect);
    Signals speakerSpy(&speakers);
    Signals rowSpy(&rows);

    // A new speaker, then the second segment given to them: Guest loses a turn.
    const qint64 moderator = other->speakers().create(QStringLiteral("Moderator"));
    other.publish();
    CHECK(speakerSpy.inserted.count() == 1);
    CHECK(speakers.rowCount() == 3);
    other->speakers().assign({segments.at(1).id}, moderator);
    other.publish();
    CHECK(speakers.index(speakers.indexOfSpeaker(guest).row()).data(ItemRole::DocumentTurnsRole).toInt() == 1);
    CHECK(speakers.indexOfSpeaker(moderator).data(ItemRole::DocumentTurnsRole).toInt() == 1);
    CHECK(speakers.documentSpeakerCount() == 3);
    CHECK(rows.index(1).data(ItemRole::SpeakerNameRole).toString() == QStringLiteral("Moderator"));
    REQUIRE(rowSpy.changed.count() == 1);
    CHECK(rowSpy.changed.first().at(0).toModelIndex().row() == 1);
    CHECK(rowSpy.changed.first().at(1).toModelIndex().row() == 2);

    other->speakers().rename(host, QStringLiteral("Presenter"));
    other.publish();
    CHECK(speakers.indexOfSpeaker(host).data().toString() == QStringLiteral("Presenter"));
    CHECK(rows.index(0).data(ItemRole::SpeakerNameRole).toString() == QStringLiteral("Presenter"));

    // New metadata keeps the segments' rows.
    Document renamed = *other->documents().find(doc);
    renamed.title = QStringLiteral("Renamed");
    other->documents().updateMetadata(renamed);
    other.publish();
    CHECK(rows.document().title == QStringLiteral("Renamed"));

    CHECK(speakerSelection.currentIndex().data(ItemRole::SpeakerRole).toLongLong() == guest);
    CHECK(speakerSelection.isSelected(speakers.indexOfSpeaker(guest)));
    CHECK(rowSelection.currentIndex().row() == 3);
    CHECK(speakerSpy.resets.isEmpty());
    CHECK(rowSpy.resets.isEmpty());
}
