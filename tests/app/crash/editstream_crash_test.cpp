// SIGKILL at random moments of a stream of edits as the window makes them: each one a
// command on an undo stack (CreateAnnotationCommand, undo), committed as one
// transaction. The editor is this test executable itself, run as a child on its hidden
// test case; it prints an acknowledgement after each commit, and every acknowledged
// edit must be in the library after the kill.
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"
#include "tests/app/crash/crashfixture.h"
#include "tests/app/crash/killrun.h"
#include "tests/app/crash/rawlibrary.h"
#include "tests/models/annotate/annotatefixture.h"
#include "tests/support/testsupport.h"
#include "ui/commands/createannotationcommand.h"

#include <QCoreApplication>
#include <QHash>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <random>

using namespace bitext;
using namespace bitext::test;

namespace {

const char *const kChild = "crash child: a stream of annotation edits";
constexpr int kTags = 6;

QString tagPath(int n)
{
    return QStringLiteral("Stream/T%1").arg(n);
}

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout); // the acknowledgement is out before the next edit starts
}

} // namespace

TEST_CASE("crash child: a stream of annotation edits", "[.crashchild]")
{
    const QString path = qEnvironmentVariable("BITEXT_CRASH_LIBRARY");
    if (path.isEmpty())
        return;
    const auto failed = [](const QString &message) {
        std::fprintf(stderr, "edit failed: %s\n", qPrintable(message));
        std::_Exit(3);
    };
    ui::LibraryCommand::setErrorHandler(failed);
    ui::LibraryCommand::setNoticeHandler([](const QString &) {});
    std::mt19937 random(qEnvironmentVariable("BITEXT_CRASH_CHILD_SEED").toUInt());
    const QString run = qEnvironmentVariable("BITEXT_CRASH_RUN");
    const auto number = [&random](int below) { return std::uniform_int_distribution<int>(0, below - 1)(random); };

    const auto library = Library::open(path);
    const qint64 document = qEnvironmentVariable("BITEXT_CRASH_DOCUMENT").toLongLong();
    const QList<Segment> segments = library->documents().segments(document);
    QList<qint64> tags;
    for (int n = 0; n < kTags; ++n)
        tags << library->tags().ensurePath(tagPath(n));
    QUndoStack stack;
    QList<qint64> created; // on the stack, newest last
    for (int edit = 0;; ++edit) {
        if (edit % 4 == 3 && stack.canUndo()) {
            const qint64 id = created.takeLast();
            say(QStringLiteral("undoing %1").arg(id));
            stack.undo();
            say(QStringLiteral("undone %1").arg(id));
            continue;
        }
        const int row = number(int(segments.size()));
        const QString text = segments.at(row).zh;
        if (text.size() < 4)
            continue;
        const int length = 2 + number(qMin(12, int(text.size()) - 2));
        Annotation annotation
            = annotationOn(*library, document, row, text.mid(number(int(text.size()) - length + 1), length));
        const int tag = number(kTags);
        annotation.tagIds = {tags.at(tag)};
        // A note no other edit has: ids are reused after an undo, notes tell the edits apart.
        const QString note = QStringLiteral("note-%1-%2").arg(run).arg(edit);
        auto *command = new ui::CreateAnnotationCommand(*library, annotation, note);
        const QString error = ui::LibraryCommand::push(&stack, command);
        if (!error.isEmpty())
            failed(error);
        created << command->annotationId();
        say(QStringLiteral("created %1 T%2 %3").arg(command->annotationId()).arg(tag).arg(note));
    }
}

TEST_CASE("A killed stream of edits keeps every acknowledged edit", "[crash][annotate][sqlite]")
{
    KillScenario scenario(QStringLiteral("edit stream"));
    QTemporaryDir work;
    const QString library = work.filePath(QStringLiteral("library.sqlite"));
    makeStartLibrary(library);
    qint64 document = 0;
    qint64 lastBefore = 0;
    {
        const RawLibrary raw(library);
        document = interviewDocument(raw);
        lastBefore = raw.scalar(QStringLiteral("SELECT max(id) FROM annotations")).toLongLong();
    }
    qputenv("BITEXT_CRASH_LIBRARY", library.toUtf8());
    qputenv("BITEXT_CRASH_DOCUMENT", QByteArray::number(document));

    struct Created
    {
        QString tag;
        QString note;
    };
    QHash<qint64, Created> kept; // acknowledged and not undone, by id
    QStringList undone; // the notes of acknowledged undone edits
    int edits = 0;
    for (int run = 0; run < scenario.runs(); ++run) {
        qputenv("BITEXT_CRASH_CHILD_SEED", QByteArray::number(scenario.number(1 << 30)));
        qputenv("BITEXT_CRASH_RUN", QByteArray::number(run));
        // The child needs some hundred milliseconds to start; then it edits until killed.
        const double delay = scenario.delayMs(1500.0);
        const KillOutcome outcome
            = runAndKill({QString::fromLatin1(kChild)}, delay, QCoreApplication::applicationFilePath());
        INFO(describeRun(run, delay, outcome.killed).toStdString() + "; seed " + std::to_string(scenario.seed()));
        INFO(outcome.err.toStdString());
        REQUIRE(outcome.killed); // it never ends by itself
        qint64 inFlightUndo = 0; // an undo begun but not acknowledged: either outcome is right
        for (const QByteArray &line : outcome.out.split('\n')) {
            const QList<QByteArray> words = line.split(' ');
            if (words.size() < 2)
                continue;
            const qint64 id = words.at(1).toLongLong();
            if (words.first() == "created") {
                kept.insert(id, {QString::fromLatin1(words.value(2)), QString::fromLatin1(words.value(3))});
                ++edits;
            } else if (words.first() == "undoing") {
                inFlightUndo = id;
            } else if (words.first() == "undone") {
                undone << kept.take(id).note;
                inFlightUndo = 0;
                ++edits;
            }
        }
        QStringList problems;
        {
            const RawLibrary raw(library);
            problems << raw.problems();
            for (auto it = kept.constBegin(); it != kept.constEnd(); ++it) {
                const QStringList found
                    = raw.rows(QStringLiteral("SELECT t.name, n.body FROM annotations a JOIN annotation_tags at ON "
                                              "at.annotation_id = a.id JOIN tags t ON t.id = at.tag_id JOIN notes n ON "
                                              "n.annotation_id = a.id WHERE a.id = %1")
                                   .arg(it.key()));
                if (it.key() == inFlightUndo && found.isEmpty())
                    continue;
                if (found != QStringList {it->tag + QLatin1Char('|') + it->note})
                    problems << QStringLiteral("acknowledged annotation %1 (%2, %3) is missing or in part: %4")
                                    .arg(it.key())
                                    .arg(it->tag, it->note, found.join(QStringLiteral("; ")));
            }
            for (const QString &note : std::as_const(undone)) {
                if (raw.scalar(QStringLiteral("SELECT count(*) FROM notes WHERE body = '%1'").arg(note)).toInt() != 0)
                    problems << QStringLiteral("the edit of %1 is back after its undo was acknowledged").arg(note);
            }
            const int partial = raw.partialAnnotations(lastBefore);
            if (partial > 0)
                problems << QStringLiteral("%1 annotations stored without their tag or note").arg(partial);
        }
        // Undone, or never acknowledged: ids are reused, so forget what a later run may take.
        if (inFlightUndo)
            kept.remove(inFlightUndo);
        problems << openWithBitext(library);
        scenario.finish(outcome.killed, problems);
    }
    std::printf("edit stream: %d edits acknowledged and kept\n", edits);
    CHECK(edits >= scenario.runs());
}
