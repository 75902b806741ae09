// The library sidebar's model re-reads only the rows a change shows in, by id, from
// the stored per-document figures: never the whole list, never an aggregate over
// segments. The stored figures of some documents are made wrong on purpose (behind the
// library's back): a row that shows them was re-read from them, a row that keeps the
// right ones was not re-read at all.
#include "models/item/documentlistmodel.h"
#include "models/item/itemroles.h"
#include "models/store/annotationrepository.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/speakerrepository.h"
#include "models/store/tagrepository.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

ParsedDocument talk(const QString &title)
{
    ParsedDocument p;
    p.document.title = title;
    p.document.format = QStringLiteral("speaker-turns");
    for (int i = 0; i < 4; ++i) {
        Segment s;
        s.speaker = i % 2 ? QStringLiteral("Guest") : QStringLiteral("Host");
        s.zh = QStringLiteral("第%1句。").arg(i);
        s.en = QStringLiteral("Line %1.").arg(i);
        p.segments << s;
    }
    return p;
}

int shownCount(const DocumentListModel &model, qint64 id)
{
    return model.indexOfDocument(id).data(ItemRole::SegmentCountRole).toInt();
}

QStringList shownSpeakers(const DocumentListModel &model, qint64 id)
{
    return model.indexOfDocument(id).data(ItemRole::SpeakersRole).toStringList();
}

void falsifyCount(Library &library, qint64 id)
{
    library.database().exec(QStringLiteral("UPDATE document_stats SET segment_count = 99 WHERE document_id = ?"), {id});
}

} // namespace

TEST_CASE("The sidebar re-reads only the changed documents' rows, from the stored figures", "[item][stats]")
{
    test::TemporaryLibrary lib;
    const qint64 a = lib->documents().insert(talk(QStringLiteral("A")));
    const qint64 b = lib->documents().insert(talk(QStringLiteral("B")));
    const qint64 c = lib->documents().insert(talk(QStringLiteral("C")));
    DocumentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLibrary(&*lib);
    REQUIRE(model.rowCount() == 3);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    falsifyCount(*lib, b);
    falsifyCount(*lib, c);

    // A's speakers change: A's row is re-read, B's and C's are not.
    const qint64 moderator = lib->speakers().create(QStringLiteral("Moderator"));
    lib->speakers().assign({lib->documents().segments(a).first().id}, moderator);
    CHECK(shownSpeakers(model, a)
        == QStringList {QStringLiteral("Moderator"), QStringLiteral("Guest"), QStringLiteral("Host")});
    CHECK(shownCount(model, a) == 4);
    CHECK(shownCount(model, b) == 4);
    CHECK(shownCount(model, c) == 4);
    CHECK(changed.count() == 1);

    // An annotation on C: C's row is re-read (its tags), and shows the stored count, not
    // one counted over its segments.
    Annotation quote;
    quote.documentId = c;
    quote.startSegmentId = quote.endSegmentId = lib->documents().segments(c).first().id;
    quote.startOffset = 0;
    quote.endOffset = 2;
    quote.quote = QStringLiteral("第0");
    quote.tagIds << lib->tags().ensurePath(QStringLiteral("Theme"));
    lib->annotations().create(quote);
    CHECK(model.indexOfDocument(c).data(ItemRole::TagsRole).toStringList() == QStringList {QStringLiteral("Theme")});
    CHECK(shownCount(model, c) == 99);
    CHECK(shownCount(model, b) == 4);

    // A tag renamed: only the rows that show it.
    Tag theme = *lib->tags().find(quote.tagIds.first());
    theme.name = QStringLiteral("Motif");
    lib->tags().update(theme);
    CHECK(model.indexOfDocument(c).data(ItemRole::TagsRole).toStringList() == QStringList {QStringLiteral("Motif")});
    CHECK(shownCount(model, b) == 4);

    // A speaker renamed: the rows that show that speaker (A only).
    lib->speakers().rename(moderator, QStringLiteral("Anchor"));
    CHECK(shownSpeakers(model, a)
        == QStringList {QStringLiteral("Anchor"), QStringLiteral("Guest"), QStringLiteral("Host")});
    CHECK(shownCount(model, b) == 4);

    // A document added and one removed: their rows only.
    const qint64 d = lib->documents().insert(talk(QStringLiteral("D")));
    CHECK(model.rowCount() == 4);
    CHECK(shownCount(model, d) == 4);
    lib->documents().remove(a);
    CHECK(model.rowCount() == 3);
    CHECK_FALSE(model.indexOfDocument(a).isValid());
    CHECK(shownCount(model, b) == 4);
    CHECK(resets.isEmpty());

    // A bulk change (a Reset without a document) re-reads every row.
    lib->database().record({Change::Kind::Annotation, Change::Op::Reset, 0, 0});
    CHECK(shownCount(model, b) == 99);
}
