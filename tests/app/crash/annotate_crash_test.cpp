// SIGKILL at random moments of a stream of annotation edits through `bitext annotate`:
// every annotation whose acknowledgement was printed (after its commit) is in the
// library afterwards, whole (quote, tag and note), and the file stays sound.
#include "models/store/library.h"
#include "tests/app/crash/crashfixture.h"
#include "tests/app/crash/killrun.h"
#include "tests/app/crash/rawlibrary.h"
#include "tests/support/annotatedseeds.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::test;

namespace {

struct Edit
{
    qint64 id = 0;
    QString quote;
    QString tag; // the leaf name under "Crash"
};

// A random passage of a random segment's Chinese side, with a tag and a note.
QStringList randomEdit(
    KillScenario &scenario, const QString &library, qint64 document, const QStringList &texts, int run, Edit &edit)
{
    int row = 0;
    do
        row = scenario.number(int(texts.size()));
    while (texts.at(row).size() < 4);
    const QString text = texts.at(row);
    const int length = 2 + scenario.number(qMin(12, int(text.size()) - 2));
    const int at = scenario.number(int(text.size()) - length + 1);
    edit.quote = text.mid(at, length);
    edit.tag = QStringLiteral("T%1").arg(scenario.number(6));
    return {QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("annotate"),
        QString::number(document), QString::number(row), QStringLiteral("--side"), QStringLiteral("zh"),
        QStringLiteral("--quote"), edit.quote, QStringLiteral("--tag"), QStringLiteral("Crash/") + edit.tag,
        QStringLiteral("--note"), QStringLiteral("note of run %1").arg(run)};
}

// What is missing of the acknowledged edits, and edits stored in part.
QStringList checkEdits(const RawLibrary &raw, const QList<Edit> &acknowledged, qint64 lastBefore)
{
    QStringList problems;
    for (const Edit &edit : acknowledged) {
        const QStringList found = raw.rows(QStringLiteral("SELECT a.quote FROM annotations a JOIN annotation_tags at "
                                                          "ON at.annotation_id = a.id JOIN tags t ON t.id = at.tag_id "
                                                          "WHERE a.id = %1 AND t.name = '%2'")
                                               .arg(edit.id)
                                               .arg(edit.tag));
        if (found != QStringList {edit.quote})
            problems << QStringLiteral("acknowledged annotation %1 (\"%2\", %3) is missing")
                            .arg(edit.id)
                            .arg(edit.quote, edit.tag);
    }
    // Stored, acknowledged or not: whole, with its tag and its note.
    const int partial = raw.partialAnnotations(lastBefore);
    if (partial > 0)
        problems << QStringLiteral("%1 annotations stored without their tag or note").arg(partial);
    return problems;
}

} // namespace

TEST_CASE("Killed annotate commands keep every acknowledged annotation", "[crash][annotate][sqlite]")
{
    KillScenario scenario(QStringLiteral("annotate"));
    QTemporaryDir work;
    const QString library = work.filePath(QStringLiteral("library.sqlite"));
    makeStartLibrary(library);
    qint64 document = 0;
    qint64 lastBefore = 0;
    QStringList texts;
    QStringList before;
    {
        const RawLibrary raw(library);
        document = interviewDocument(raw);
        lastBefore = raw.scalar(QStringLiteral("SELECT max(id) FROM annotations")).toLongLong();
        texts
            = raw.rows(QStringLiteral("SELECT zh FROM segments WHERE document_id = %1 ORDER BY ordinal").arg(document));
        before = contentState(raw);
    }
    REQUIRE(texts.size() > 100);

    Edit edit;
    const double duration = measureBitext(randomEdit(scenario, library, document, texts, -1, edit));
    std::printf("annotate: one edit in %.0f ms undisturbed\n", duration);

    QList<Edit> acknowledged;
    for (int run = 0; run < scenario.runs(); ++run) {
        // Some edits finish, some are cut at any point of their run.
        const double delay = scenario.delayMs(duration * 1.2);
        const KillOutcome outcome = runAndKill(randomEdit(scenario, library, document, texts, run, edit), delay);
        INFO(describeRun(run, delay, outcome.killed).toStdString() + "; seed " + std::to_string(scenario.seed()));
        INFO(outcome.err.toStdString());
        // The acknowledgement: the stored annotation, printed after the commit.
        const QJsonObject printed = QJsonDocument::fromJson(outcome.out).object();
        if (printed.contains(QStringLiteral("id"))) {
            edit.id = qint64(printed.value(QStringLiteral("id")).toDouble());
            acknowledged << edit;
        }
        QStringList problems;
        {
            const RawLibrary raw(library);
            problems << raw.problems() << checkEdits(raw, acknowledged, lastBefore);
            if (contentState(raw, std::numeric_limits<qint64>::max()).mid(0, 4) != before.mid(0, 4))
                problems << QStringLiteral("documents, sections, speakers or segments changed");
        }
        problems << openWithBitext(library);
        scenario.finish(outcome.killed, problems);
    }
    std::printf("annotate: %d edits acknowledged and kept\n", int(acknowledged.size()));
}
