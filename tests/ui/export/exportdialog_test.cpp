#include "models/export/exportrequest.h"
#include "models/store/documentrepository.h"
#include "tests/support/annotatedseeds.h"
#include "tests/support/testsupport.h"
#include "tests/ui/export/exportwait.h"
#include "ui/common/filedialog.h"
#include "ui/common/syntaxhighlighting.h"
#include "ui/export/exportdialog.h"
#include "ui/export/exportpreview.h"
#include "ui/export/tagchecklist.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>

#include <catch2/catch.hpp>
#include <memory>

using namespace bitext;
using namespace bitext::ui;
using Scope = ExportDialog::Scope;

namespace {

// Waits until the debounced preview changed from `before`, and returns it.
QString nextPreview(ExportDialog &dialog, const QString &before)
{
    REQUIRE(test::waitFor([&] { return dialog.preview()->text() != before; }, 3000));
    return dialog.preview()->text();
}

void chooseFormat(ExportDialog &dialog, ExportFormat format)
{
    QComboBox *box = dialog.formatBox();
    box->setCurrentIndex(box->findData(int(format)));
}

void setTranslation(ExportDialog &dialog, bool on)
{
    if (dialog.translationBox()->isChecked() != on)
        QTest::mouseClick(
            dialog.translationBox(), Qt::LeftButton, {}, QPoint(8, dialog.translationBox()->height() / 2));
    REQUIRE(dialog.translationBox()->isChecked() == on);
}

// The English passage aligned with the quote in 001 segment 0 (its Chinese side is quoted).
const QString kPlaneEnglish = QStringLiteral("on a plane with Starlink");

// The ISO time stamps of "exported" differ between two runs; everything else must not.
QString withoutTimestamps(QString text)
{
    static const QRegularExpression stamp(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    return text.replace(stamp, QStringLiteral("<time>"));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The dialog on the interview, with the export folder remembered from last time.
struct ChooserFixture
{
    ChooserFixture()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("export/directory"), dir.path());
        dialog = std::make_unique<ExportDialog>(*seeds.lib, seeds.interview, QList<qint64> {}, nullptr);
        dialog->show();
        test::waitUntilSettled(*dialog);
    }

    test::AnnotatedSeeds seeds;
    QTemporaryDir dir;
    std::unique_ptr<ExportDialog> dialog;
};

} // namespace

TEST_CASE("Export dialog: the preview follows format, grouping and the other-language option", "[export][dialog]")
{
    QSettings().clear();
    test::AnnotatedSeeds seeds;
    ExportDialog dialog(*seeds.lib, seeds.interview, {}, nullptr);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    test::waitUntilSettled(dialog);

    // Opened on the current document, as Markdown with the aligned passage.
    CHECK(dialog.scope() == Scope::CurrentDocument);
    CHECK(dialog.scopeButton(Scope::CurrentDocument)->isChecked());
    CHECK_FALSE(dialog.scopeButton(Scope::SelectedDocuments)->isEnabled()); // nothing selected in the sidebar
    CHECK(dialog.format() == ExportFormat::Markdown);
    CHECK(dialog.quoteCount() == 3);
    CHECK(dialog.countLabel()->text() == QStringLiteral("Quotes to export: 3 · Documents: 1"));
    CHECK(dialog.exportButton()->isEnabled());
    QString md = dialog.preview()->text();
    CHECK(dialog.preview()->showsSource());
    CHECK(md.startsWith(QStringLiteral("---\ntitle: ")));
    CHECK(md.contains(QStringLiteral("\nexported: ")));
    CHECK(md.contains(test::AnnotatedSeeds::kClaude));
    CHECK(md.contains(test::AnnotatedSeeds::kClaudeNote));
    CHECK(md.contains(kPlaneEnglish));
    CHECK_FALSE(md.contains(test::AnnotatedSeeds::kTool)); // 000 is not in scope
    if (SyntaxHighlighting::isAvailable())
        CHECK(dialog.preview()->highlighting()->definitionName() == QStringLiteral("Markdown"));

    // Without the other language the English passage goes, the quote stays.
    setTranslation(dialog, false);
    CHECK(dialog.preview()->text() == md); // debounced: not on the same event
    md = nextPreview(dialog, md);
    CHECK_FALSE(md.contains(kPlaneEnglish));
    CHECK(md.contains(test::AnnotatedSeeds::kPlane));
    setTranslation(dialog, true);
    md = nextPreview(dialog, md);
    CHECK(md.contains(kPlaneEnglish));

    // By tag: one heading per tag, and the untagged quote under its own.
    CHECK_FALSE(md.contains(QStringLiteral("\n## Ethics/Honesty\n")));
    dialog.groupingBox()->setCurrentIndex(dialog.groupingBox()->findData(int(ExportGrouping::ByTag)));
    md = nextPreview(dialog, md);
    CHECK(md.contains(QStringLiteral("\n## Ethics/Honesty\n")));
    CHECK(md.contains(QStringLiteral("\n## Safety research\n")));
    CHECK(md.contains(QStringLiteral("\n## Untagged\n")));
    CHECK(md.indexOf(QStringLiteral("## Ethics/Honesty")) < md.indexOf(test::AnnotatedSeeds::kClaude));

    // CSV: the header row first (the BOM is the file's, not the preview's), one row per quote.
    chooseFormat(dialog, ExportFormat::Csv);
    const QString csv = nextPreview(dialog, md);
    CHECK(csv.startsWith(QStringLiteral("document,segment,speaker,side,quote_zh,quote_en,tags,note,author,created\n")));
    CHECK(csv.count(QLatin1Char('\n')) >= 4);
    CHECK(csv.contains(test::AnnotatedSeeds::kAtAll));

    // HTML: the page as it reads, not its source, and nothing it names is loaded.
    chooseFormat(dialog, ExportFormat::Html);
    const QString html = nextPreview(dialog, csv);
    CHECK_FALSE(dialog.preview()->showsSource());
    CHECK_FALSE(html.contains(QStringLiteral("<!DOCTYPE")));
    CHECK_FALSE(html.contains(QStringLiteral("<article")));
    CHECK(html.contains(test::AnnotatedSeeds::kClaude));
    CHECK(html.contains(test::AnnotatedSeeds::kClaudeNote));
    QTextBrowser *page = dialog.preview()->documentView();
    // A blank stand-in (an empty answer would make Qt read the file itself).
    CHECK(page->loadResource(QTextDocument::ImageResource, QUrl::fromLocalFile(QStringLiteral("/etc/hostname")))
              .value<QImage>()
              .size()
        == QSize(1, 1));
    CHECK(page->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("https://example.org/x.png")))
              .value<QImage>()
              .size()
        == QSize(1, 1));
    CHECK_FALSE(page->openLinks());

    // JSON-LD parses and holds one annotation per quote.
    chooseFormat(dialog, ExportFormat::WebAnnotation);
    const QString json = nextPreview(dialog, html);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE_FALSE(parsed.isNull());
    CHECK(json.count(QStringLiteral("\"type\": \"Annotation\"")) == 3);

    // The codebook as XML.
    chooseFormat(dialog, ExportFormat::RefiCodebook);
    const QString qdc = nextPreview(dialog, json);
    CHECK(qdc.startsWith(QStringLiteral("<?xml")));
    CHECK(qdc.contains(QStringLiteral("Safety research")));

    // PDF and ODT: the laid-out document, on white like paper.
    chooseFormat(dialog, ExportFormat::Pdf);
    const QString pdf = nextPreview(dialog, qdc);
    CHECK_FALSE(dialog.preview()->showsSource());
    CHECK(pdf.contains(test::AnnotatedSeeds::kClaude));
    CHECK(pdf.contains(QStringLiteral("Ethics/Honesty")));
    CHECK(dialog.preview()->documentView()->palette().color(QPalette::Base) == QColor(Qt::white));

    // REFI-QDA project: a summary of what it holds.
    chooseFormat(dialog, ExportFormat::RefiProject);
    const QString qdpx = nextPreview(dialog, pdf);
    CHECK(qdpx.contains(QStringLiteral("REFI-QDA project")));
    CHECK(qdpx.contains(QStringLiteral("Quotes: 3 · Documents: 1")));
}

TEST_CASE("Export dialog: scopes count the quotes and Export needs at least one", "[export][dialog]")
{
    QSettings().clear();
    test::AnnotatedSeeds seeds;
    ExportDialog dialog(*seeds.lib, 0, {seeds.article, seeds.interview}, nullptr);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    test::waitUntilSettled(dialog);

    // No document open: the current-document choice is off, the sidebar's selection is used.
    CHECK_FALSE(dialog.scopeButton(Scope::CurrentDocument)->isEnabled());
    CHECK(dialog.scope() == Scope::SelectedDocuments);
    CHECK(dialog.scopeButton(Scope::SelectedDocuments)->text().endsWith(QStringLiteral("(2)")));
    CHECK(dialog.quoteCount() == 4);
    CHECK(dialog.countLabel()->text() == QStringLiteral("Quotes to export: 4 · Documents: 2"));
    CHECK(dialog.request().documentIds == QList<qint64> {seeds.article, seeds.interview});
    CHECK(dialog.suggestedFileName() == QStringLiteral("Annotated notes"));

    // Tags, none ticked yet: nothing to export.
    QTest::mouseClick(dialog.scopeButton(Scope::Tags), Qt::LeftButton, {}, QPoint(8, 8));
    REQUIRE(dialog.scope() == Scope::Tags);
    REQUIRE(test::waitFor([&] { return dialog.quoteCount() == 0; }));
    CHECK_FALSE(dialog.exportButton()->isEnabled());
    CHECK(dialog.countLabel()->text() == QStringLiteral("No quotes to export."));

    // Ticking Ethics takes Ethics/Honesty along, in every document.
    dialog.tagList()->setChecked(seeds.ethics, true);
    REQUIRE(test::waitFor([&] { return dialog.quoteCount() == 2; }));
    CHECK(dialog.exportButton()->isEnabled());
    CHECK(dialog.countLabel()->text() == QStringLiteral("Quotes to export: 2 · Documents: 2"));
    CHECK(dialog.request().documentIds.isEmpty());
    CHECK(dialog.request().tagIds == QList<qint64> {seeds.ethics});
    CHECK(dialog.preview()->text().contains(test::AnnotatedSeeds::kTool));
    CHECK(dialog.preview()->text().contains(test::AnnotatedSeeds::kClaude));
    // The interview's title, made from its first line, holds those words too; the quote does not come.
    CHECK_FALSE(QString(dialog.preview()->text())
                    .remove(seeds.lib->documents().find(seeds.interview)->title)
                    .contains(test::AnnotatedSeeds::kPlane));
    CHECK(dialog.suggestedFileName() == QStringLiteral("Ethics"));

    // Ticking a tag while another scope is chosen switches to the tag scope.
    QTest::mouseClick(dialog.scopeButton(Scope::Library), Qt::LeftButton, {}, QPoint(8, 8));
    REQUIRE(test::waitFor([&] { return dialog.quoteCount() == 4; }));
    dialog.tagList()->setChecked(seeds.safety, true);
    CHECK(dialog.scope() == Scope::Tags);
    REQUIRE(test::waitFor([&] { return dialog.quoteCount() == 3; }));
}

TEST_CASE("Export dialog writes the same file as bitext export", "[export][dialog][cli]")
{
    QSettings().clear();
    test::AnnotatedSeeds seeds;
    QTemporaryDir dir;
    const QString id = QString::number(seeds.interview);
    const QStringList base {QStringLiteral("--library"), seeds.lib.path(), QStringLiteral("export")};

    ExportDialog dialog(*seeds.lib, seeds.interview, {}, nullptr);
    dialog.show();
    CHECK(dialog.suggestedFileName() == seeds.lib->documents().find(seeds.interview)->title);

    // CSV by tag without translation: byte for byte (CSV has no time stamp).
    chooseFormat(dialog, ExportFormat::Csv);
    dialog.groupingBox()->setCurrentIndex(dialog.groupingBox()->findData(int(ExportGrouping::ByTag)));
    setTranslation(dialog, false);
    const QString fromDialog = dir.filePath(QStringLiteral("dialog.csv"));
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    REQUIRE(test::exportAndWait(dialog, fromDialog).written);
    REQUIRE(exported.size() == 1);
    CHECK(exported.first().at(1).toInt() == 3);
    const QString fromCli = dir.filePath(QStringLiteral("cli.csv"));
    auto result = test::runBitext(base
        + QStringList {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), fromCli,
            QStringLiteral("--document"), id, QStringLiteral("--group-by"), QStringLiteral("tag"),
            QStringLiteral("--without-translation")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(readAll(fromDialog) == readAll(fromCli));
    CHECK(readAll(fromDialog).startsWith("\xEF\xBB\xBF"));

    // Markdown of the whole library with translations: equal but for the export time.
    chooseFormat(dialog, ExportFormat::Markdown);
    dialog.groupingBox()->setCurrentIndex(dialog.groupingBox()->findData(int(ExportGrouping::ByDocument)));
    setTranslation(dialog, true);
    QTest::mouseClick(dialog.scopeButton(Scope::Library), Qt::LeftButton, {}, QPoint(8, 8));
    const QString mdDialog = dir.filePath(QStringLiteral("dialog.md"));
    REQUIRE(test::exportAndWait(dialog, mdDialog).written);
    const QString mdCli = dir.filePath(QStringLiteral("cli.md"));
    result = test::runBitext(
        base + QStringList {QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--output"), mdCli});
    REQUIRE(result.exitCode == 0);
    const QString dialogText = QString::fromUtf8(readAll(mdDialog));
    CHECK(dialogText.contains(test::AnnotatedSeeds::kTool));
    CHECK(withoutTimestamps(dialogText) == withoutTimestamps(QString::fromUtf8(readAll(mdCli))));

    // The choices are remembered for the next dialog.
    ExportDialog next(*seeds.lib, seeds.interview, {}, nullptr);
    CHECK(next.format() == ExportFormat::Markdown);
    CHECK(next.translationBox()->isChecked());
}

TEST_CASE("Export dialog: an unwritable file shows the reason and leaves nothing", "[export][dialog][atomic]")
{
    QSettings().clear();
    test::AnnotatedSeeds seeds;
    QTemporaryDir dir;
    ExportDialog dialog(*seeds.lib, seeds.interview, {}, nullptr);
    dialog.show();
    QSignalSpy exported(&dialog, &ExportDialog::exported);

    // A folder that does not exist (root may write anywhere else).
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/notes.md"));
    const test::ExportOutcome answer = test::exportAndWait(dialog, missing);
    CHECK_FALSE(answer.written);
    CHECK(answer.message.contains(QStringLiteral("nothing was written")));
    CHECK(answer.message.contains(QStringLiteral("notes.md")));
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("no"))));

    // A full disk: the reason is the system's.
    if (QFileInfo::exists(QStringLiteral("/dev/full"))) {
        const test::ExportOutcome full = test::exportAndWait(dialog, QStringLiteral("/dev/full"));
        CHECK_FALSE(full.written);
        CHECK(full.message.contains(QStringLiteral("No space left on device")));
    }

    // Over an existing file that is a folder: the folder stays as it was.
    const QString folder = dir.filePath(QStringLiteral("taken.md"));
    REQUIRE(QDir().mkpath(folder + QStringLiteral("/inside")));
    const test::ExportOutcome taken = test::exportAndWait(dialog, folder);
    CHECK_FALSE(taken.written);
    CHECK_FALSE(taken.message.isEmpty());
    CHECK(QFileInfo(folder + QStringLiteral("/inside")).isDir());
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // no temporary file left
    CHECK(exported.isEmpty());
}

TEST_CASE("Export… asks for a file named after the document with the format's suffix", "[export][dialog]")
{
    ChooserFixture f;
    ExportDialog &dialog = *f.dialog;
    QTemporaryDir &dir = f.dir;
    test::AnnotatedSeeds &seeds = f.seeds;
    chooseFormat(dialog, ExportFormat::WebAnnotation);
    REQUIRE(test::waitFor([&] { return dialog.preview()->text().startsWith(QLatin1Char('{')); }));

    // No suffix typed: the dialog adds the format's, as the platform dialog does.
    FileDialog::setNextFileName(dir.filePath(QStringLiteral("chosen")));
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    REQUIRE(test::waitFor([&] { return !exported.isEmpty(); }, 60000));
    const QString title = seeds.lib->documents().find(seeds.interview)->title;
    CHECK(FileDialog::lastOffer().directory == dir.filePath(title + QStringLiteral(".jsonld")));
    CHECK(FileDialog::lastOffer().filter.contains(QStringLiteral("*.jsonld")));
    const QString written = dir.filePath(QStringLiteral("chosen.jsonld"));
    REQUIRE(QFileInfo::exists(written));
    CHECK(QJsonDocument::fromJson(readAll(written)).isObject());
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("Export… cancelled in the file dialog writes nothing and keeps the dialog", "[export][dialog]")
{
    ChooserFixture f;
    ExportDialog &dialog = *f.dialog;
    QTemporaryDir &dir = f.dir;
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    FileDialog::setNextFileName(QString()); // Cancel
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    CHECK(exported.isEmpty());
    CHECK(dialog.isVisible());
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    // Each answer is used once: the next two calls get what was set for them.
    FileDialog::setNextFileNames({QStringLiteral("/a.md"), QStringLiteral("/b.md")});
    CHECK(FileDialog::getOpenFileNames(nullptr, QString(), QString(), QString())
        == QStringList {QStringLiteral("/a.md"), QStringLiteral("/b.md")});
    FileDialog::setNextFileName(QStringLiteral("/c.pdf"));
    CHECK(FileDialog::getSaveFileName(nullptr, QString(), QString(), QString(), QStringLiteral("md"))
        == QStringLiteral("/c.pdf"));
}
