// Titles, speaker names, tag names and notes that look like HTML show as the characters
// they are in labels, tooltips, message boxes, menus and the window title: nothing in
// them is rendered or loaded.
#include "models/item/annotationlistmodel.h"
#include "models/item/documentlistmodel.h"
#include "models/item/segmentmodel.h"
#include "models/item/speakermodel.h"
#include "models/item/tagtreemodel.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/noterepository.h"
#include "models/store/speakerrepository.h"
#include "models/store/tagrepository.h"
#include "models/text/untrustedtext.h"
#include "tests/ui/reader/readertestsupport.h"
#include "tests/ui/untrusted/hostiletext.h"
#include "tests/ui/untrusted/linkrecorder.h"
#include "ui/commands/createtagcommand.h"
#include "ui/library/documentheader.h"
#include "ui/mainwindow/documentcontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/undocontroller.h"
#include "ui/reader/readerview.h"
#include "ui/speakers/speakercontroller.h"

#include <QAbstractItemView>
#include <QAction>
#include <QHelpEvent>
#include <QInputDialog>
#include <QLabel>
#include <QStatusBar>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>
#include <QWindow>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;
using bitext::test::HostileText;
using bitext::test::LinkRecorder;

namespace {

const QString kImage = HostileText::imageTag();

} // namespace

TEST_CASE("The helpers make text literal for widgets that guess the format", "[untrusted][labels]")
{
    CHECK(untrustedtext::shownLiterally(QStringLiteral("Plain & simple")) == QStringLiteral("Plain & simple"));
    for (const QString &text : {QString(kImage + QStringLiteral(" R&D")), QStringLiteral("a &lt; b"),
             QStringLiteral("Title: <b>bold</b>\nsecond line")}) {
        const QString shown = untrustedtext::shownLiterally(text);
        CHECK(Qt::mightBeRichText(shown));
        CHECK(HostileText::shownText(shown) == text);
    }
    CHECK(untrustedtext::withoutMnemonic(QStringLiteral("R&D && more")) == QStringLiteral("R&&D &&&& more"));
    CHECK(untrustedtext::isWebAddress(QUrl(QStringLiteral("https://example.org/a"))));
    CHECK(untrustedtext::isWebAddress(QUrl(QStringLiteral("HTTP://example.org"))));
    for (const char *url : {"file:///etc/passwd", "javascript:alert(1)", "data:text/html,x", "mailto:a@b.c",
             "http:///nohost", "ftp://example.org", "qrc:/bitext/bitext.svg", "/etc/passwd"})
        CHECK_FALSE(untrustedtext::isWebAddress(QUrl(QString::fromLatin1(url))));
}

TEST_CASE("A QLabel left to guess renders an <img> (what the rest guards against)", "[untrusted][labels]")
{
    HostileText hostile;
    QLabel label(kImage + QStringLiteral(" title"));
    label.show();
    REQUIRE(QTest::qWaitForWindowExposed(&label));
    CHECK(HostileText::showsSecret(&label));
    CHECK(HostileText::showsSecret(HostileText::renderedToolTip(kImage, &label)));
}

TEST_CASE("The document header shows a hostile title, people and summary as text", "[untrusted][labels][header]")
{
    HostileText hostile;
    DocumentHeader header;
    header.resize(900, 300);
    header.show();
    REQUIRE(QTest::qWaitForWindowExposed(&header));
    Document document;
    document.id = 1;
    document.title = hostile.images() + QStringLiteral(" title");
    document.people = QStringList {kImage + QStringLiteral("Anna")};
    document.date = kImage;
    document.keywords = QStringList {kImage};
    document.sourceUrl = kImage;
    document.summary = hostile.images() + QString(400, QLatin1Char('x'));
    header.setDocument(document);
    QCoreApplication::processEvents();
    CHECK_FALSE(HostileText::showsSecret(&header));
    CHECK(hostile.connections() == 0);
    auto *title = header.findChild<QLabel *>(QStringLiteral("documentTitle"));
    auto *summary = header.findChild<QLabel *>(QStringLiteral("documentSummary"));
    auto *facts = header.findChild<QLabel *>(QStringLiteral("documentFacts"));
    REQUIRE(title);
    REQUIRE(summary);
    REQUIRE(facts);
    CHECK(title->textFormat() == Qt::PlainText);
    CHECK(title->text() == document.title);
    CHECK(summary->textFormat() == Qt::PlainText);
    CHECK(HostileText::shownText(facts->text()).contains(QStringLiteral("<img src=\"secret.png\">Anna")));
    HostileText::checkToolTip(summary->toolTip(), document.summary, &header);
    HostileText::checkToolTip(facts->toolTip(), document.sourceUrl, &header);
    CHECK(hostile.connections() == 0);
}

TEST_CASE("Item tooltips, labels, message boxes and the window title show hostile library text literally",
    "[untrusted][labels][window]")
{
    test::clearSettings();
    HostileText hostile;
    test::TemporaryLibrary library;
    const qint64 documentId = test::importSeed(library.library(), QStringLiteral("001"));
    REQUIRE(documentId > 0);
    const QString title = kImage + QStringLiteral(" R&D [*] talk");
    Document document = *library->documents().find(documentId);
    document.title = title;
    document.summary = hostile.images();
    library->documents().updateMetadata(document);
    const QList<Segment> segments = library->documents().segments(documentId);
    const qint64 speakerId = segments.first().speakerId;
    REQUIRE(speakerId != 0);
    const QString speaker = kImage + QStringLiteral("Anna & Bob");
    library->speakers().rename(speakerId, speaker);
    const QString tagName = kImage + QStringLiteral(" R&D");
    const qint64 tagId = library->tags().create(0, tagName, QColor(Qt::cyan), hostile.images());
    const qint64 annotationId = HostileText::annotateStart(library.library(), documentId);
    library->tags().linkAnnotations(tagId, {annotationId});
    const QString note = hostile.images() + QStringLiteral("\n\n") + hostile.markdownImages();
    library->notes().setAnnotationNote(annotationId, note);

    SECTION("the models' tooltips")
    {
        QLabel anchor(QStringLiteral("tooltips"));
        anchor.show();
        DocumentListModel documents;
        documents.setLibrary(&library.library());
        REQUIRE(documents.rowCount() == 1);
        HostileText::checkToolTip(documents.index(0, 0).data(Qt::ToolTipRole).toString(), title, &anchor);
        SpeakerModel speakers;
        speakers.setLibrary(&library.library());
        speakers.setDocument(documentId);
        bool sawSpeaker = false;
        for (int row = 0; row < speakers.rowCount(); ++row) {
            const QString tip = speakers.index(row, 0).data(Qt::ToolTipRole).toString();
            if (HostileText::shownText(tip).contains(speaker)) {
                sawSpeaker = true;
                HostileText::checkToolTip(tip, speaker, &anchor);
            }
        }
        CHECK(sawSpeaker);
        SegmentModel segmentModel;
        segmentModel.setLibrary(&library.library());
        segmentModel.setDocument(documentId);
        HostileText::checkToolTip(segmentModel.index(0, 0).data(Qt::ToolTipRole).toString(), speaker, &anchor);
        TagTreeModel tags;
        tags.setLibrary(&library.library());
        tags.setDocument(documentId);
        const QModelIndex tag = tags.indexOfTag(tagId);
        REQUIRE(tag.isValid());
        HostileText::checkToolTip(tag.data(Qt::ToolTipRole).toString(), tagName, &anchor);
        HostileText::checkToolTip(
            tags.indexOfTag(tagId, TagTreeModel::CountColumn).data(Qt::ToolTipRole).toString(), tagName, &anchor);
        AnnotationListModel annotations;
        annotations.setLibrary(&library.library());
        annotations.setDocument(documentId);
        REQUIRE(annotations.rowCount() == 1);
        HostileText::checkToolTip(annotations.index(0, 0).data(Qt::ToolTipRole).toString(), hostile.images(), &anchor);
        CHECK(hostile.connections() == 0);
    }

    SECTION("the window")
    {
        library.close();
        MainWindow window;
        REQUIRE(window.openLibrary(library.path()));
        REQUIRE(test::waitFor([&window] { return window.library() != nullptr; }, 15000));
        window.resize(1400, 900);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openDocument(documentId);
        QCoreApplication::processEvents();
        REQUIRE(window.currentDocumentId() == documentId);
        window.reader()->setCurrentRow(0); // the status bar names the segment's speaker
        QCoreApplication::processEvents();
        CHECK(window.statusBar()->findChildren<QLabel *>().size() > 0);
        bool statusNamesSpeaker = false;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            statusNamesSpeaker = statusNamesSpeaker || label->text().contains(speaker);
        CHECK(statusNamesSpeaker);
        CHECK(window.windowHandle()->title().contains(title));
        CHECK_FALSE(HostileText::showsSecret(&window));

        // Every item view's tooltip for its first rows, as hovering shows it.
        int tips = 0;
        const QList<QAbstractItemView *> views = window.findChildren<QAbstractItemView *>();
        for (QAbstractItemView *view : views) {
            if (!view->isVisible() || !view->model())
                continue;
            for (int row = 0; row < qMin(3, view->model()->rowCount()); ++row) {
                const QRect rect = view->visualRect(view->model()->index(row, 0));
                if (rect.isEmpty())
                    continue;
                QHelpEvent help(QEvent::ToolTip, rect.center(), view->viewport()->mapToGlobal(rect.center()));
                QApplication::sendEvent(view->viewport(), &help);
                const QString tip = QToolTip::text();
                if (tip.isEmpty())
                    continue;
                ++tips;
                INFO(view->objectName().toStdString());
                HostileText::checkToolTip(tip, HostileText::shownText(tip), view);
                QToolTip::hideText();
            }
        }
        CHECK(tips > 0);

        // A question naming the document.
        LinkRecorder boxes;
        boxes.answerNextBox(QStringLiteral("Cancel"));
        CHECK_FALSE(window.documentController()->askDelete({documentId}));
        CHECK_FALSE(boxes.boxImage.isNull());
        CHECK_FALSE(HostileText::showsSecret(boxes.boxImage));
        CHECK(boxes.boxText.contains(title));

        // The rename prompt names the speaker.
        window.speakerController()->askRename(speakerId);
        QInputDialog *rename = nullptr;
        REQUIRE(test::waitFor([&] {
            rename = window.findChild<QInputDialog *>(QStringLiteral("renameSpeakerDialog"));
            return rename && rename->isVisible();
        }));
        CHECK_FALSE(HostileText::showsSecret(rename));
        rename->reject();
        CHECK(hostile.connections() == 0);
    }
}

TEST_CASE("A tag name's '&' shows as itself in the Undo menu entry", "[untrusted][labels][menu]")
{
    test::TemporaryLibrary library;
    UndoController undo;
    QObject owner;
    QAction *action = undo.createUndoAction(&owner);
    REQUIRE(undo.push(new CreateTagCommand(library.library(), QStringLiteral("R&D"))).isEmpty());
    CHECK(undo.undoText() == QStringLiteral("Create tag R&D"));
    CHECK(action->text() == QStringLiteral("&Undo Create tag R&&D"));
}
