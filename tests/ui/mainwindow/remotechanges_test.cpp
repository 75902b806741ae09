// Changes another connection made (announced as remote, as the LibraryWatcher does)
// update the annotations list, the library panel and the reader in place: nothing
// scrolls, nothing loses its current row.
#include "models/import/importservice.h"
#include "models/item/annotationfiltermodel.h"
#include "models/item/annotationlistmodel.h"
#include "models/item/annotationroles.h"
#include "models/item/itemroles.h"
#include "models/item/segmentmodel.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "tests/ui/mainwindow/windowfixture.h"
#include "ui/annotate/annotationcontroller.h"
#include "ui/annotate/annotationsdock.h"
#include "ui/library/librarypanel.h"
#include "ui/reader/readerview.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>

#include <utility>

using namespace bitext;
using namespace bitext::ui;

namespace {

ParsedDocument note(int n)
{
    ParsedDocument p;
    p.document.title = QStringLiteral("Note %1").arg(n, 2, 10, QLatin1Char('0'));
    p.document.format = QStringLiteral("plain");
    p.document.languages = QStringList {QStringLiteral("en")};
    Segment s;
    s.en = QStringLiteral("Short note number %1.").arg(n);
    p.segments << s;
    return p;
}

Annotation quoteOf(const Segment &segment)
{
    Annotation a;
    a.documentId = segment.documentId;
    a.side = segment.zh.size() >= 2 ? Side::Zh : Side::En;
    a.startSegmentId = a.endSegmentId = segment.id;
    a.endOffset = 2;
    a.quote = segment.text(a.side).left(2);
    a.color = QColor(Qt::yellow);
    return a;
}

} // namespace

TEST_CASE("Remote changes keep the annotations list, the library panel and the reader where they were")
{
    test::WindowFixture f;
    const qint64 interview = f.open(QStringLiteral("001"));
    REQUIRE(f.window->currentDocumentId() == interview);
    Library &library = *f.window->library();
    for (int n = 0; n < 30; ++n)
        library.documents().insert(note(n));
    SegmentModel *segments = f.window->segmentModel();
    REQUIRE(segments->rowCount() > 80);
    QList<qint64> quotes;
    for (int row = 0; row < 60; ++row) {
        if (!segments->segmentAt(row).text(Side::Zh).isEmpty() || !segments->segmentAt(row).text(Side::En).isEmpty())
            quotes << library.annotations().create(quoteOf(segments->segmentAt(row)));
    }
    REQUIRE(quotes.size() > 40);

    // The reader's current row chooses the quote there in the list: set it up first.
    ReaderView *reader = f.window->reader();
    reader->scrollToRow(40);
    reader->setCurrentRow(42);
    QCoreApplication::processEvents();
    const int top = reader->geometry()->firstVisibleRow();
    AnnotationsDock *dock = f.window->annotations()->dock();
    REQUIRE(dock);
    dock->show();
    QListView *list = dock->listView();
    QAbstractItemModelTester listTester(dock->listModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(dock->filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCoreApplication::processEvents();
    REQUIRE(list->model()->rowCount() == quotes.size());
    const QModelIndex middle = list->model()->index(30, 0);
    list->setCurrentIndex(middle);
    list->scrollTo(middle, QAbstractItemView::PositionAtTop);
    QCoreApplication::processEvents();
    const qint64 currentQuote = middle.data(AnnotationRole::AnnotationIdRole).toLongLong();
    const int listScroll = list->verticalScrollBar()->value();
    REQUIRE(listScroll > 0);

    QAbstractItemView *panel = f.window->libraryPanel()->view();
    QAbstractItemModelTester panelTester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel->verticalScrollBar()->setValue(panel->verticalScrollBar()->maximum() / 2);
    QCoreApplication::processEvents();
    const int panelScroll = panel->verticalScrollBar()->value();
    REQUIRE(panelScroll > 0);

    QSignalSpy listResets(dock->listModel(), &QAbstractItemModel::modelReset);
    QSignalSpy panelResets(panel->model(), &QAbstractItemModel::modelReset);
    QSignalSpy readerResets(segments, &QAbstractItemModel::modelReset);

    // Another connection adds, recolours and removes quotes, adds and renames documents.
    std::unique_ptr<Library> other = Library::open(f.library.path());
    ChangeList published;
    QObject::connect(other.get(), &Library::changed, [&](const ChangeList &changes, bool) { published << changes; });
    const qint64 added = other->annotations().create(quoteOf(segments->segmentAt(70)));
    Annotation recoloured = *other->annotations().find(quotes.at(5));
    recoloured.color = QColor(Qt::red);
    other->annotations().update(recoloured);
    other->annotations().remove(quotes.at(45));
    other->documents().insert(note(99));
    Document renamed = *other->documents().find(interview);
    renamed.title = QStringLiteral("Renamed elsewhere");
    other->documents().updateMetadata(renamed);
    library.announce(published, true);
    QCoreApplication::processEvents();

    CHECK(list->model()->rowCount() == quotes.size());
    CHECK(dock->listModel()->indexOfAnnotation(added).isValid());
    CHECK_FALSE(dock->listModel()->indexOfAnnotation(quotes.at(45)).isValid());
    CHECK(dock->listModel()->indexOfAnnotation(quotes.at(5)).data(AnnotationRole::ColorRole).value<QColor>()
        == QColor(Qt::red));
    CHECK(list->currentIndex().data(AnnotationRole::AnnotationIdRole).toLongLong() == currentQuote);
    CHECK(list->verticalScrollBar()->value() == listScroll);

    CHECK(panel->model()->rowCount() == 32);
    CHECK(panel->verticalScrollBar()->value() == panelScroll);
    CHECK(f.window->libraryPanel()->currentDocumentId() == interview);

    CHECK(f.window->currentDocumentId() == interview);
    CHECK(segments->document().title == QStringLiteral("Renamed elsewhere"));
    CHECK(reader->geometry()->firstVisibleRow() == top);
    CHECK(reader->currentRow() == 42);

    CHECK(listResets.isEmpty());
    CHECK(panelResets.isEmpty());
    CHECK(readerResets.isEmpty());
}

TEST_CASE("New text for the open document from elsewhere keeps the reader on the same passage")
{
    test::WindowFixture f;
    const qint64 interview = f.open(QStringLiteral("001"));
    f.import(QStringLiteral("002")); // its segments come after: the new text gets new segment ids
    SegmentModel *segments = f.window->segmentModel();
    REQUIRE(segments->rowCount() > 80);
    ReaderView *reader = f.window->reader();
    reader->scrollToRow(40);
    reader->setCurrentRow(42);
    QCoreApplication::processEvents();
    const int top = reader->geometry()->firstVisibleRow();
    const QString reading = segments->segmentAt(42).text(Side::En) + segments->segmentAt(42).text(Side::Zh);
    const qint64 segmentBefore = segments->segmentAt(42).id;

    // Another connection replaces the text with a corrected version (one later line changed).
    QFile file(test::seedFile(QStringLiteral("001")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    const int lastLine = bytes.lastIndexOf('\n', bytes.size() - 2);
    bytes.insert(lastLine + 1, QByteArray("\n"));
    bytes.append(QByteArray(" (corrected)"));
    const ParsedDocument corrected = ImportService::parseBytes(bytes, QFileInfo(file.fileName()).fileName(), QString());
    std::unique_ptr<Library> other = Library::open(f.library.path());
    ChangeList published;
    QObject::connect(other.get(), &Library::changed, [&](const ChangeList &changes, bool) { published << changes; });
    other->documents().replaceText(interview, corrected);
    f.window->library()->announce(published, true);
    QCoreApplication::processEvents();

    CHECK(f.window->currentDocumentId() == interview);
    REQUIRE(segments->rowCount() > 42);
    CHECK(segments->segmentAt(42).id != segmentBefore); // new rows: the model was reset
    CHECK(segments->segmentAt(42).text(Side::En) + segments->segmentAt(42).text(Side::Zh) == reading);
    CHECK(reader->geometry()->firstVisibleRow() == top);
    CHECK(reader->currentRow() == 42);
}
