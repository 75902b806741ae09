// Rich-text documents that show outside text load nothing it names: no local file, no
// data: URL, no address on the network.
#include "models/export/exportcollector.h"
#include "models/export/exportrequest.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/noterepository.h"
#include "models/store/tagrepository.h"
#include "models/text/offlinedocument.h"
#include "tests/ui/reader/readertestsupport.h"
#include "tests/ui/untrusted/hostiletext.h"
#include "ui/annotate/notepreview.h"
#include "ui/common/offlinebrowser.h"
#include "ui/export/exportpreview.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;
using bitext::test::HostileText;

namespace {

QImage render(QTextDocument &document)
{
    document.setTextWidth(600);
    QImage image(600, int(document.size().height()) + 20, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    document.drawContents(&painter);
    return image;
}

} // namespace

TEST_CASE("A plain QTextDocument loads the images HTML names (what the rest guards against)", "[untrusted][documents]")
{
    // The check itself: without the guard the square shows, so its absence below means something.
    HostileText hostile;
    QTextDocument plain;
    plain.setHtml(QStringLiteral("<img src=\"%1\">").arg(hostile.imagePath()));
    CHECK(HostileText::showsSecret(render(plain)));
    QTextDocument relative;
    relative.setHtml(QStringLiteral("<p>x<img src=\"secret.png\"></p>"));
    CHECK(HostileText::showsSecret(render(relative)));
    QTextDocument data;
    data.setHtml(QStringLiteral("<img src=\"%1\">").arg(hostile.imageDataUrl()));
    CHECK(HostileText::showsSecret(render(data)));
}

TEST_CASE("An offline document loads no file, data: URL or web address", "[untrusted][documents]")
{
    HostileText hostile;
    OfflineDocument document;
    document.setHtml(QStringLiteral("<p style=\"background-image: url(%1)\">text</p>").arg(hostile.imageFileUrl())
        + hostile.images());
    CHECK_FALSE(HostileText::showsSecret(render(document)));
    CHECK(document.refusedResources() >= 5);
    CHECK(hostile.connections() == 0);

    OfflineDocument markdown;
    markdown.setMarkdown(hostile.markdownImages());
    CHECK_FALSE(HostileText::showsSecret(render(markdown)));
    CHECK(markdown.refusedResources() >= 4);
    CHECK(hostile.connections() == 0);
}

TEST_CASE("The note preview and the offline browser show hostile notes without loading", "[untrusted][documents][note]")
{
    HostileText hostile;
    NotePreview preview;
    preview.resize(700, 500);
    preview.show();
    REQUIRE(QTest::qWaitForWindowExposed(&preview));
    preview.setMarkdownText(hostile.markdownImages());
    QCoreApplication::processEvents();
    CHECK_FALSE(HostileText::showsSecret(&preview));
    CHECK(preview.refusedResources() >= 4);
    CHECK(hostile.connections() == 0);

    // Also a document that is not offline, given to the browser: it asks the browser,
    // which refuses.
    OfflineBrowser browser;
    browser.resize(700, 500);
    browser.show();
    REQUIRE(QTest::qWaitForWindowExposed(&browser));
    auto *plain = new QTextDocument(&browser);
    browser.setDocument(plain);
    plain->setHtml(hostile.images());
    QCoreApplication::processEvents();
    CHECK_FALSE(HostileText::showsSecret(&browser));
    CHECK(browser.refusedResources() >= 4);
    CHECK(hostile.connections() == 0);
}

TEST_CASE("The export preview shows hostile titles, tags and notes without loading", "[untrusted][documents][export]")
{
    HostileText hostile;
    test::TemporaryLibrary library;
    const qint64 documentId = test::importSeed(library.library(), QStringLiteral("001"));
    REQUIRE(documentId > 0);
    Document document = *library->documents().find(documentId);
    document.title = hostile.images();
    library->documents().updateMetadata(document);
    const qint64 annotationId = HostileText::annotateStart(library.library(), documentId);
    library->tags().linkAnnotations(
        library->tags().create(0, QStringLiteral("<img src=\"secret.png\">")), {annotationId});
    library->notes().setAnnotationNote(annotationId, hostile.markdownImages());
    library->notes().setDocumentNote(documentId, hostile.markdownImages());
    const ExportData data = ExportCollector(library.library()).collect(ExportRequest());
    REQUIRE(data.quotes.size() == 1);

    ExportPreview preview;
    preview.resize(800, 600);
    preview.show();
    REQUIRE(QTest::qWaitForWindowExposed(&preview));
    for (ExportFormat format : {ExportFormat::Html, ExportFormat::Pdf, ExportFormat::Odt, ExportFormat::RefiProject}) {
        INFO(exportFormatName(format).toStdString());
        preview.setExport(data, format);
        QCoreApplication::processEvents();
        REQUIRE_FALSE(preview.showsSource());
        CHECK_FALSE(HostileText::showsSecret(preview.documentView()));
        // The whole page, not only what fits in the view.
        QTextDocument *shown = preview.documentView()->document();
        shown->setTextWidth(700);
        QImage page(700, int(shown->size().height()) + 10, QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        shown->drawContents(&painter);
        painter.end();
        CHECK_FALSE(HostileText::showsSecret(page));
        CHECK(preview.text().contains(QStringLiteral("secret.png")));
    }
    CHECK(hostile.connections() == 0);
}
