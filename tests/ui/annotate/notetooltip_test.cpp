// Hovering a highlight shows its note rendered from Markdown, as the exports do.
#include "models/item/segmentmodel.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/noterepository.h"
#include "tests/ui/reader/readertestsupport.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QApplication>
#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

TEST_CASE("A highlight's tooltip renders its Markdown note", "[ui][annotate][notes]")
{
    test::clearSettings();
    test::TemporaryLibrary library;
    const qint64 document = test::importSeed(library.library(), QStringLiteral("001"));
    REQUIRE(document > 0);
    const Segment segment = library->documents().segments(document).at(3);
    REQUIRE(segment.zh.size() >= 6);
    Annotation a;
    a.documentId = document;
    a.side = Side::Zh;
    a.startSegmentId = a.endSegmentId = segment.id;
    a.startOffset = 0;
    a.endOffset = 6;
    a.quote = segment.zh.left(6);
    a.color = QColor(QStringLiteral("#f5d76e"));
    const qint64 id = library->annotations().create(a);
    library->notes().setAnnotationNote(id, QStringLiteral("**Key claim**: *read* [this](javascript:alert(1))"));
    library.close();

    MainWindow window;
    REQUIRE(window.openLibrary(library.path()));
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openDocument(document);
    QCoreApplication::processEvents();
    ReaderView *reader = window.reader();
    reader->setCurrentRow(3);
    reader->scrollToRow(3);
    ReaderPane *pane = reader->paneForSide(Side::Zh);
    pane->viewport()->repaint();
    QCoreApplication::processEvents();

    // A point over the third character of the highlight.
    QPoint point(-1, -1);
    const QRect rect = pane->rowRect(3);
    for (int y = qMax(0, rect.top()); y < rect.bottom() && point.x() < 0; y += 3) {
        for (int x = 0; x < pane->viewport()->width() && point.x() < 0; x += 4) {
            const ReaderHit hit = pane->hitTest(QPoint(x, y));
            if (hit.row == 3 && hit.side == Side::Zh && hit.offset > 1 && hit.offset < 5)
                point = QPoint(x, y);
        }
    }
    REQUIRE(point.x() >= 0);
    QHelpEvent help(QEvent::ToolTip, point, pane->viewport()->mapToGlobal(point));
    QApplication::sendEvent(pane->viewport(), &help);
    const QString tip = QToolTip::text();
    INFO(tip.toStdString());
    CHECK(tip.contains(QStringLiteral("<strong>Key claim</strong>")));
    CHECK(tip.contains(QStringLiteral("<em>read</em>")));
    CHECK_FALSE(tip.contains(QStringLiteral("**")));
    CHECK_FALSE(tip.contains(QStringLiteral("javascript:")));
    QToolTip::hideText();
}
