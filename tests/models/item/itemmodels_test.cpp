// SegmentModel, DocumentListModel/DocumentFilterProxy, SpeakerModel and TurnSchedule on
// a real library file, each model checked by QAbstractItemModelTester.
#include "models/item/documentfilterproxy.h"
#include "models/item/documentlistmodel.h"
#include "models/item/itemroles.h"
#include "models/item/segmentmodel.h"
#include "models/item/speakermodel.h"
#include "models/item/turnschedule.h"
#include "models/store/documentrepository.h"
#include "models/store/speakerrepository.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

// Two sections; turns Host, Host, Guest, Host; the last segment has only English.
ParsedDocument interview(const QString &title, const QString &date)
{
    ParsedDocument p;
    p.document.title = title;
    p.document.date = date;
    p.document.format = QStringLiteral("speaker-turns");
    p.document.languages = QStringList{QStringLiteral("zh"), QStringLiteral("en")};
    p.document.keywords = QStringList{QStringLiteral("AI")};
    p.sections = {Section{0, 0, 0, QStringLiteral("开场"), 1}, Section{0, 0, 1, QStringLiteral("问答"), 1}};
    const struct
    {
        const char *speaker;
        const char *zh;
        const char *en;
        int section;
    } rows[] = {{"Host", "大家好。", "Hello everyone.", 0},
                {"Host", "欢迎来到节目。", "Welcome to the show.", 0},
                {"Guest", "谢谢邀请我。", "Thanks for having me.", 1},
                {"Host", "", "Let us begin.", 1}};
    int ordinal = 0;
    for (const auto &r : rows) {
        Segment s;
        s.ordinal = ordinal++;
        s.speaker = QString::fromUtf8(r.speaker);
        s.zh = QString::fromUtf8(r.zh);
        s.en = QString::fromUtf8(r.en);
        s.sectionOrdinal = r.section;
        p.segments << s;
    }
    return p;
}

} // namespace

TEST_CASE("SegmentModel has one row per segment with the reader's roles")
{
    test::TemporaryLibrary library;
    const qint64 id = library->documents().insert(interview(QStringLiteral("Interview"), QStringLiteral("2024-05-01")));

    SegmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setLibrary(&library.library());
    model.setDocument(id);
    CHECK(resets.count() >= 1);
    REQUIRE(model.rowCount() == 4);

    const QModelIndex first = model.index(0);
    CHECK(first.data(ItemRole::SegmentIdRole).toLongLong() > 0);
    CHECK(first.data(ItemRole::ZhTextRole).toString() == QStringLiteral("大家好。"));
    CHECK(first.data(ItemRole::EnTextRole).toString() == QStringLiteral("Hello everyone."));
    CHECK(first.data(ItemRole::SpeakerNameRole).toString() == QStringLiteral("Host"));
    CHECK(first.data(ItemRole::SpeakerColorRole).value<QColor>().isValid());
    CHECK(first.data(ItemRole::TurnStartRole).toBool());
    CHECK(first.data(ItemRole::SectionTitleRole).toString() == QStringLiteral("开场"));
    CHECK(first.data(ItemRole::OrdinalRole).toInt() == 0);
    // Same speaker continues: no new turn, no heading.
    CHECK_FALSE(model.index(1).data(ItemRole::TurnStartRole).toBool());
    CHECK(model.index(1).data(ItemRole::SectionTitleRole).toString().isEmpty());
    CHECK(model.index(2).data(ItemRole::TurnStartRole).toBool());
    CHECK(model.index(2).data(ItemRole::SectionTitleRole).toString() == QStringLiteral("问答"));
    CHECK(model.index(3).data(ItemRole::TurnStartRole).toBool());
    CHECK_FALSE(model.index(0).data(ItemRole::StartMsRole).isValid());
    CHECK(model.hasText(Side::Zh));
    CHECK(model.hasText(Side::En));
    CHECK(model.rowOfSegment(first.data(ItemRole::SegmentIdRole).toLongLong()) == 0);
    CHECK(model.roleNames().value(ItemRole::ZhTextRole) == QByteArray("zh"));

    // A rename elsewhere reaches the rows through the library's signal.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const qint64 host = first.data(ItemRole::SpeakerIdRole).toLongLong();
    library->speakers().rename(host, QStringLiteral("Moderator"));
    CHECK(changed.count() == 1);
    CHECK(model.index(3).data(ItemRole::SpeakerNameRole).toString() == QStringLiteral("Moderator"));

    // Assigning the guest's segment to the host merges the turns (the heading before it
    // still starts a turn, so the name shows under it).
    const qint64 guestSegment = model.index(2).data(ItemRole::SegmentIdRole).toLongLong();
    CHECK(model.index(3).data(ItemRole::TurnStartRole).toBool());
    library->speakers().assign({guestSegment}, host);
    CHECK(model.index(2).data(ItemRole::SpeakerIdRole).toLongLong() == host);
    CHECK(model.index(2).data(ItemRole::TurnStartRole).toBool());
    CHECK_FALSE(model.index(3).data(ItemRole::TurnStartRole).toBool());

    // Deleting the open document empties the model.
    library->documents().remove(id);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("DocumentListModel lists documents; the proxy filters and sorts them")
{
    test::TemporaryLibrary library;
    library->documents().insert(interview(QStringLiteral("Beta talk"), QStringLiteral("2023-01-01")));
    library->documents().insert(interview(QStringLiteral("Alpha panel"), QStringLiteral("2024-06-01")));
    library->documents().insert(interview(QStringLiteral("Gamma notes"), QString()));

    DocumentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLibrary(&library.library());
    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == DocumentListModel::ColumnCount);
    const QModelIndex beta = model.index(0, 0);
    CHECK(beta.data(ItemRole::TitleRole).toString() == QStringLiteral("Beta talk"));
    CHECK(beta.data(ItemRole::SegmentCountRole).toInt() == 4);
    CHECK(beta.data(ItemRole::SpeakersRole).toStringList() == QStringList{QStringLiteral("Host"), QStringLiteral("Guest")});
    CHECK(beta.data(ItemRole::TagsRole).toStringList().contains(QStringLiteral("AI")));

    DocumentFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    const auto titles = [&proxy] {
        QStringList t;
        for (int row = 0; row < proxy.rowCount(); ++row)
            t << proxy.index(row, 0).data(ItemRole::TitleRole).toString();
        return t;
    };
    CHECK(titles() == QStringList{QStringLiteral("Alpha panel"), QStringLiteral("Beta talk"), QStringLiteral("Gamma notes")});
    proxy.setSortKey(DocumentFilterProxy::SortKey::Date);
    CHECK(titles() == QStringList{QStringLiteral("Alpha panel"), QStringLiteral("Beta talk"), QStringLiteral("Gamma notes")});
    proxy.setSortKey(DocumentFilterProxy::SortKey::Imported);
    CHECK(titles().first() == QStringLiteral("Gamma notes"));

    proxy.setTextFilter(QStringLiteral("panel"));
    CHECK(titles() == QStringList{QStringLiteral("Alpha panel")});
    proxy.setTextFilter(QStringLiteral("guest 2023"));
    CHECK(titles() == QStringList{QStringLiteral("Beta talk")});
    proxy.setTextFilter(QString());
    proxy.setSpeakerFilter(QStringLiteral("nobody"));
    CHECK(proxy.rowCount() == 0);
    proxy.setSpeakerFilter(QStringLiteral("guest"));
    CHECK(proxy.rowCount() == 3);
    proxy.setTagFilter(QStringLiteral("AI"));
    CHECK(proxy.rowCount() == 3);

    // The model follows the library row by row.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    library->documents().remove(beta.data(ItemRole::DocumentIdRole).toLongLong());
    CHECK(resets.isEmpty());
    CHECK(removed.count() == 1);
    CHECK(model.rowCount() == 2);
}

TEST_CASE("SpeakerModel puts the document's speakers first with their counts")
{
    test::TemporaryLibrary library;
    library->speakers().create(QStringLiteral("Aaron Elsewhere"));
    const qint64 id = library->documents().insert(interview(QStringLiteral("Interview"), QString()));

    SpeakerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLibrary(&library.library());
    model.setDocument(id);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.documentSpeakerCount() == 2);
    CHECK(model.index(0).data().toString() == QStringLiteral("Host"));
    CHECK(model.index(0).data(ItemRole::DocumentTurnsRole).toInt() == 3);
    CHECK(model.index(1).data().toString() == QStringLiteral("Guest"));
    CHECK(model.index(2).data().toString() == QStringLiteral("Aaron Elsewhere"));
    CHECK(model.index(2).data(ItemRole::DocumentTurnsRole).toInt() == 0);
    CHECK(model.index(0).data(ItemRole::ColorRole).value<QColor>().isValid());

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const qint64 guest = model.index(1).data(ItemRole::SpeakerRole).toLongLong();
    const qint64 host = model.index(0).data(ItemRole::SpeakerRole).toLongLong();
    library->speakers().merge(guest, host);
    CHECK(resets.isEmpty());
    CHECK(removed.count() == 1);
    CHECK(model.rowCount() == 2);
    CHECK(model.index(0).data(ItemRole::DocumentTurnsRole).toInt() == 4);
    CHECK(model.index(0).data(ItemRole::AliasesRole).toStringList() == QStringList{QStringLiteral("Guest")});
}

TEST_CASE("TurnSchedule estimates speaking time and groups turns into lanes")
{
    CHECK(TurnSchedule::estimateSeconds(QStringLiteral("你好世界"), QString()) == Approx(0.3 + 4 / TurnSchedule::kHanPerSecond));
    CHECK(TurnSchedule::estimateSeconds(QStringLiteral("你好"), QStringLiteral("one two three four five"))
          == Approx(0.3 + 5 / TurnSchedule::kEnglishWordsPerSecond));

    test::TemporaryLibrary library;
    const qint64 id = library->documents().insert(interview(QStringLiteral("Interview"), QString()));
    SegmentModel model;
    model.setLibrary(&library.library());
    model.setDocument(id);
    TurnSchedule schedule;
    schedule.rebuild(model);
    REQUIRE(schedule.lanes().size() == 2);
    CHECK(schedule.estimated());
    CHECK(schedule.lanes().at(0).name == QStringLiteral("Host"));
    REQUIRE(schedule.turns().size() == 3); // Host (2 segments), Guest, Host
    CHECK(schedule.turns().at(0).lastRow == 1);
    CHECK(schedule.turns().at(1).lane == 1);
    double share = 0;
    for (const auto &lane : schedule.lanes())
        share += lane.share;
    CHECK(share == Approx(1.0));
    CHECK(schedule.rowStart(1) == Approx(schedule.rowEnd(0)));
    CHECK(schedule.rowAt(schedule.rowStart(2) + 0.01) == 2);
    CHECK(schedule.turnOfRow(3) == 2);
}
