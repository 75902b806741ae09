// Pairing languages through the window: two files chosen in File › Import become one
// bilingual document (or two, if the user says so), and a file dropped on 002 (Chinese
// only) gives it its English side.
#include "models/import/importservice.h"
#include "models/item/segmentmodel.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "tests/models/annotate/annotatefixture.h"
#include "tests/ui/align/alignfixture.h"
#include "ui/align/aligncontroller.h"
#include "ui/align/alignjob.h"
#include "ui/commands/librarycommand.h"
#include "ui/common/filedialog.h"
#include "ui/import/importcontroller.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/undocontroller.h"
#include "ui/reader/readerview.h"

#include <QAction>
#include <QLabel>
#include <QScopeGuard>
#include <QStatusBar>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

const QStringList kChinese {QStringLiteral("今天我们谈谈语言模型的训练。"),
    QStringLiteral("训练需要大量的数据，也需要很多计算。"), QStringLiteral("2023年，我们用了三千张显卡。"),
    QStringLiteral("结果比预期的好得多。"), QStringLiteral("谢谢大家的聆听。")};
const QStringList kEnglish {QStringLiteral("Today we talk about training language models."),
    QStringLiteral("Training takes a lot of data, and it also takes a lot of compute."),
    QStringLiteral("In 2023 we used three thousand GPUs."),
    QStringLiteral("The results were much better than expected."), QStringLiteral("Thank you all for listening.")};

struct PairFixture : test::WindowFixture
{
    PairFixture()
    {
        controller = window.findChild<AlignController *>();
        REQUIRE(controller);
        window.importController()->setInteractive(false);
        zh = test::writeLines(library.dir(), QStringLiteral("talk.zh.txt"), kChinese);
        en = test::writeLines(library.dir(), QStringLiteral("talk.en.txt"), kEnglish);
    }

    // File › Import with these files chosen in the file dialog.
    QMessageBox *importAndAsk(const QStringList &files, const QString &offer)
    {
        FileDialog::setNextFileNames(files);
        window.actions()->import->trigger();
        return dialog<QMessageBox>(offer);
    }

    void waitForJob()
    {
        if (AlignJob *job = controller->job())
            job->wait();
        REQUIRE(controller->job() == nullptr);
    }

    AlignController *controller = nullptr;
    QString zh;
    QString en;
};

} // namespace

TEST_CASE("Two files of different languages chosen in File › Import are paired as one document", "[align][pair]")
{
    PairFixture f;
    // English first: the controller finds which is which.
    QMessageBox *offer = f.importAndAsk({f.en, f.zh}, QStringLiteral("pairFilesOffer"));
    CHECK(offer->text().contains(QStringLiteral("bilingual")));
    CHECK(offer->text().contains(QStringLiteral("Chinese: talk.zh.txt")));
    REQUIRE(test::buttonNamed(offer, QStringLiteral("Import Separately")));
    REQUIRE(test::buttonNamed(offer, QStringLiteral("Cancel")));
    test::buttonNamed(offer, QStringLiteral("Pair"))->click();
    f.waitForJob();

    // One document with both sides, open in the reader.
    REQUIRE(f.window.library()->documents().list().size() == 1);
    const SegmentModel &model = *f.window.segmentModel();
    REQUIRE(test::waitFor([&] { return model.rowCount() > 0; }));
    CHECK(model.hasText(Side::Zh));
    CHECK(model.hasText(Side::En));
    CHECK(model.rowCount() == 5);
    CHECK(model.segmentAt(2).zh.contains(QStringLiteral("2023")));
    CHECK(model.segmentAt(2).en.contains(QStringLiteral("2023")));
    CHECK(f.window.statusBar()->currentMessage().contains(QStringLiteral("5 pair")));
}

TEST_CASE("Two files can still be imported separately, or not at all", "[align][pair]")
{
    PairFixture f;
    QMessageBox *offer = f.importAndAsk({f.zh, f.en}, QStringLiteral("pairFilesOffer"));
    test::buttonNamed(offer, QStringLiteral("Cancel"))->click();
    QCoreApplication::processEvents();
    CHECK_FALSE(f.window.importController()->isRunning());
    CHECK(f.window.library()->documents().list().isEmpty());

    offer = f.importAndAsk({f.zh, f.en}, QStringLiteral("pairFilesOffer"));
    test::buttonNamed(offer, QStringLiteral("Import Separately"))->click();
    REQUIRE(test::waitFor([&] { return !f.window.importController()->isRunning(); }, 60000));
    REQUIRE(test::waitFor([&] { return f.window.library()->documents().list().size() == 2; }));

    // Two files of one language are imported without asking.
    const QString other = test::writeLines(f.library.dir(), QStringLiteral("other.txt"), kEnglish.mid(1));
    FileDialog::setNextFileNames({f.en, other});
    f.window.actions()->import->trigger();
    QCoreApplication::processEvents();
    CHECK_FALSE(f.window.findChild<QMessageBox *>(QStringLiteral("pairFilesOffer")));
    REQUIRE(test::waitFor([&] { return !f.window.importController()->isRunning(); }, 60000));
}

TEST_CASE("An English file dropped on 002 is attached as its English side", "[align][attach]")
{
    PairFixture f;
    const qint64 id = f.open(QStringLiteral("002"));
    const SegmentModel &model = *f.window.segmentModel();
    REQUIRE_FALSE(model.hasText(Side::En));
    // An English line for every few Chinese segments, as a translation would run.
    QStringList english;
    for (int i = 0; i < model.rowCount(); ++i)
        english << QStringLiteral("This is what the speaker said in part %1 of the conversation.").arg(i + 1);
    const QString file = test::writeLines(f.library.dir(), QStringLiteral("002.en.txt"), english);

    // A quote coded before the English came: it stays on its words through attach and undo.
    Library &lib = *f.window.library();
    const QList<Segment> before = lib.documents().segments(id);
    const QString words = before.at(1).zh.left(4);
    const qint64 quote = lib.annotations().create(test::annotationOn(lib, id, 1, words));
    const auto quoted = [&] {
        const std::optional<Annotation> a = lib.annotations().find(quote);
        REQUIRE(a);
        const std::optional<Segment> segment = lib.documents().segment(a->startSegmentId);
        REQUIRE(segment);
        return segment->zh.mid(a->startOffset, a->endOffset - a->startOffset);
    };
    REQUIRE(quoted() == words);

    test::dropFiles(f.window, {file});
    QCoreApplication::processEvents(); // the window answers after the drop returned
    auto *offer = f.dialog<QMessageBox>(QStringLiteral("attachFileOffer"));
    CHECK(offer->text().contains(QStringLiteral("002.en.txt")));
    CHECK(offer->text().contains(QStringLiteral("English")));
    test::buttonNamed(offer, QStringLiteral("Attach"))->click();
    f.waitForJob();

    REQUIRE(test::waitFor([&] { return model.hasText(Side::En); }));
    CHECK(f.window.currentDocumentId() == id);
    CHECK(f.window.library()->documents().list().size() == 1);
    CHECK(f.window.statusBar()->currentMessage().contains(QStringLiteral("attached")));
    CHECK_FALSE(f.controller->attachAction()->isEnabled()); // both sides now
    CHECK(quoted() == words);

    // Undo takes the attach back as one step: the Chinese-only document as it was, the
    // same segments, the quote where it was; redo attaches it again.
    QUndoStack *stack = f.window.undoController()->documentStack(id);
    REQUIRE(stack);
    CHECK(stack->undoText() == QStringLiteral("Attach Translation"));
    // A failed undo says why here, rather than in a message box the test would wait on.
    QString failure;
    LibraryCommand::setErrorHandler([&](const QString &message) { failure = message; });
    const auto keepNoHandler = qScopeGuard([] { LibraryCommand::setErrorHandler(nullptr); });
    stack->undo();
    INFO(failure.toStdString());
    REQUIRE(failure.isEmpty());
    REQUIRE(test::waitFor([&] { return !model.hasText(Side::En); }));
    const QList<Segment> undone = lib.documents().segments(id);
    REQUIRE(undone.size() == before.size());
    for (int i = 0; i < undone.size(); ++i) {
        CHECK(undone.at(i).id == before.at(i).id);
        CHECK(undone.at(i).zh == before.at(i).zh);
    }
    CHECK(lib.documents().find(id)->languages == QStringList {QStringLiteral("zh")});
    CHECK(quoted() == words);
    CHECK(f.controller->attachAction()->isEnabled());
    stack->redo();
    REQUIRE(test::waitFor([&] { return model.hasText(Side::En); }));
    CHECK(lib.documents().find(id)->languages == QStringList({QStringLiteral("zh"), QStringLiteral("en")}));
    CHECK(quoted() == words);
}

TEST_CASE("A translation attached row for row shows both panes at once, and undo goes back to one", "[align][attach]")
{
    PairFixture f;
    const qint64 id = ImportService(*f.window.library()).importFile(f.zh, {}).documentId;
    REQUIRE(id > 0);
    emit f.window.library()->documentsChanged();
    f.window.openDocument(id);
    QCoreApplication::processEvents();
    const ReaderView &reader = *f.window.reader();
    const auto *note = reader.findChild<QLabel *>(QStringLiteral("readerNote"));
    REQUIRE(note);
    CHECK(reader.effectiveArrangement() == ReaderArrangement::ZhOnly);
    CHECK(note->isVisibleTo(&f.window));

    // Five lines against five: the pairs keep the rows (and, in SQLite, their ids).
    f.controller->attach(f.en);
    f.waitForJob();
    REQUIRE(test::waitFor([&] { return f.window.segmentModel()->hasText(Side::En); }));
    CHECK(f.window.segmentModel()->rowCount() == kChinese.size());
    CHECK(reader.effectiveArrangement() == ReaderArrangement::ZhEn);
    CHECK_FALSE(note->isVisibleTo(&f.window));

    f.window.undoController()->documentStack(id)->undo();
    REQUIRE(test::waitFor([&] { return !f.window.segmentModel()->hasText(Side::En); }));
    CHECK(reader.effectiveArrangement() == ReaderArrangement::ZhOnly);
    CHECK(note->isVisibleTo(&f.window));
}
