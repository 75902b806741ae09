// SIGKILL at random moments of `bitext import` on a library that already holds
// documents and annotations: each new document is whole or absent, and nothing that
// was there before changes.
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "tests/app/crash/crashfixture.h"
#include "tests/app/crash/killrun.h"
#include "tests/app/crash/rawlibrary.h"
#include "tests/support/annotatedseeds.h"
#include "tests/support/testsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <cstdio>

using namespace bitext;
using namespace bitext::test;

TEST_CASE("A killed import leaves each document whole or absent and the earlier data intact", "[crash][import][sqlite]")
{
    KillScenario scenario(QStringLiteral("import"));
    QTemporaryDir work;
    const QString start = work.filePath(QStringLiteral("start.sqlite"));
    makeStartLibrary(start);
    const QString big = writeBigTranscript(work.filePath(QStringLiteral("long-interview.txt")), 2 * 1024 * 1024);
    const QStringList files {big, seedFileByPrefix(QStringLiteral("003"))};
    const QString library = work.filePath(QStringLiteral("library.sqlite"));
    const QStringList arguments
        = QStringList {QStringLiteral("--library"), library, QStringLiteral("import"), QStringLiteral("--json")}
        + files;

    qint64 lastDocument = 0;
    qint64 lastSpeaker = 0;
    QStringList before;
    QStringList unusedBefore;
    {
        const RawLibrary raw(start);
        lastDocument = raw.scalar(QStringLiteral("SELECT max(id) FROM documents")).toLongLong();
        lastSpeaker = raw.scalar(QStringLiteral("SELECT max(id) FROM speakers")).toLongLong();
        before = contentState(raw);
        unusedBefore = raw.unusedSpeakers();
    }

    // One undisturbed import: how long it takes, and how many segments each file makes.
    copyLibraryFile(start, library);
    QString out;
    const double duration = measureBitext(arguments, &out);
    QHash<QString, int> expected; // file name -> segments
    for (const QJsonValue &value : QJsonDocument::fromJson(out.toUtf8()).array()) {
        const QJsonObject result = value.toObject();
        expected.insert(QFileInfo(result.value(QStringLiteral("file")).toString()).fileName(),
            result.value(QStringLiteral("segments")).toInt());
    }
    REQUIRE(expected.size() == 2);
    REQUIRE(expected.value(QFileInfo(big).fileName()) > 2000);
    std::printf("import: %lld bytes and %d segments in %.0f ms undisturbed\n", qint64(QFileInfo(big).size()),
        expected.value(QFileInfo(big).fileName()), duration);

    for (int run = 0; run < scenario.runs(); ++run) {
        copyLibraryFile(start, library);
        // A little past the measured time too: runs vary, and some should finish first.
        const double delay = scenario.delayMs(duration * 1.2);
        const KillOutcome outcome = runAndKill(arguments, delay);
        INFO(describeRun(run, delay, outcome.killed).toStdString() + "; seed " + std::to_string(scenario.seed()));
        INFO(outcome.err.toStdString());
        QStringList problems;
        {
            const RawLibrary raw(library);
            problems << raw.problems();
            if (contentState(raw, lastDocument, lastSpeaker) != before)
                problems << QStringLiteral("the earlier documents, speakers or annotations changed");
            // Every new document whole: as many segments as the undisturbed import made.
            QSet<QString> seen;
            const QStringList added = raw.rows(QStringLiteral(
                "SELECT source_file, (SELECT count(*) FROM segments s WHERE s.document_id = d.id) FROM documents d "
                "WHERE id > %1")
                                                   .arg(lastDocument));
            for (const QString &row : added) {
                const QString name = QFileInfo(row.section(QLatin1Char('|'), 0, 0)).fileName();
                const int segments = row.section(QLatin1Char('|'), 1).toInt();
                if (!expected.contains(name) || seen.contains(name))
                    problems << QStringLiteral("unexpected document %1").arg(row);
                else if (segments != expected.value(name))
                    problems
                        << QStringLiteral("%1 has %2 of %3 segments").arg(name).arg(segments).arg(expected.value(name));
                seen << name;
            }
            scenario.count(QStringLiteral("%1 of 2 documents").arg(added.size()));
            if (raw.unusedSpeakers() != unusedBefore)
                problems << QStringLiteral("speakers without segments: ")
                        + raw.unusedSpeakers().join(QStringLiteral(", "));
        }
        // And Bitext itself still opens it.
        problems << openWithBitext(library, [](Library &opened) {
            return opened.documents().list().size() < 2 ? QStringList {QStringLiteral("Bitext lists too few documents")}
                                                        : QStringList();
        });
        scenario.finish(outcome.killed, problems);
    }
}
