// ImportService::importFiles reads and parses the next file in a second thread while
// it stores the current one (ImportPipeline). Whatever the threads do, the outcome is
// that of importFile called for each file in turn: results, their order and messages,
// progress (from the calling thread, in the same order) and the library, search index
// included, posting by posting.
#include "models/import/importservice.h"
#include "models/store/database.h"
#include "models/store/library.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

struct Run
{
    QList<ImportResult> results;
    QStringList progress; // "file phase done/total"
    bool otherThread = false;
};

// The import's outcome, with the paths of `dir` written as DIR so two folders compare.
QString resultText(const ImportResult &r, const QString &dir)
{
    return QStringLiteral("%1 %2 id %3 \"%4\" %5 %6 %7 seg %8 spk %9 %10")
        .arg(r.file, ImportResult::statusName(r.status))
        .arg(r.documentId)
        .arg(r.title, r.format, r.encoding, r.languages.join(QLatin1Char(',')))
        .arg(r.segments)
        .arg(r.speakers.join(QLatin1Char(',')), r.message)
        .replace(dir, QStringLiteral("DIR"));
}

// Every row the import writes, and every posting of the full-text index.
QStringList libraryState(Library &library, const QString &dir)
{
    Database &db = library.database();
    QStringList state;
    const auto dump = [&](const QString &sql) {
        QSqlQuery q = db.exec(sql);
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            state << row.join(QLatin1Char('|')).replace(dir, QStringLiteral("DIR"));
        }
    };
    dump(QStringLiteral("SELECT id, title, format, source_file, languages, encoding, content_hash FROM documents "
                        "ORDER BY id"));
    dump(QStringLiteral("SELECT * FROM segments ORDER BY id"));
    dump(QStringLiteral("SELECT id, name, aliases FROM speakers ORDER BY id"));
    dump(QStringLiteral("SELECT * FROM search_entries ORDER BY id"));
    if (test::testingPostgres()) {
        dump(QStringLiteral("SELECT rowid, body FROM search_text ORDER BY rowid"));
    } else {
        db.exec(QStringLiteral(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, search_text, instance)"));
        dump(QStringLiteral("SELECT term, doc, col, offset FROM temp.search_vocab ORDER BY term, doc, offset"));
    }
    return state;
}

// Copies of the seeds and of some bad files, in an order that puts a duplicate, a
// missing file, a file that fails to parse and a project file among the transcripts.
QStringList makeFiles(const QString &dir)
{
    const auto copy = [&](const QString &from, const QString &name) {
        const QString to = dir + QLatin1Char('/') + name;
        REQUIRE(QFile::copy(from, to));
        return to;
    };
    return {copy(test::seedPath(QStringLiteral("000_f1a85dea575bd100.txt")), QStringLiteral("a.txt")),
        copy(test::seedPath(QStringLiteral("001_b20dc5de5308e2ee.txt")), QStringLiteral("b.txt")),
        copy(test::dataPath(QStringLiteral("import/bad-srt.srt")), QStringLiteral("c.srt")),
        dir + QStringLiteral("/missing.txt"),
        copy(test::seedPath(QStringLiteral("001_b20dc5de5308e2ee.txt")), QStringLiteral("b-again.txt")),
        copy(test::dataPath(QStringLiteral("exchange/codebook.qdc")), QStringLiteral("codes.qdc")),
        copy(test::seedPath(QStringLiteral("002_1f521656fab2dc1c.txt")), QStringLiteral("d.txt")),
        copy(test::dataPath(QStringLiteral("import/empty.txt")), QStringLiteral("e.txt")),
        copy(test::seedPath(QStringLiteral("003_e2e2177cc1a7e815.txt")), QStringLiteral("f.txt")),
        copy(test::seedPath(QStringLiteral("004_7e74a9c38024e962.txt")), QStringLiteral("g.txt"))};
}

// One import of the files into `library`, all at once or one at a time; cancelAfter
// >= 0 cancels once that file is done.
Run import(Library &library, const QStringList &files, bool together, int cancelAfter = -1)
{
    Run run;
    std::atomic_bool cancel {false};
    QThread *const self = QThread::currentThread();
    ImportService::Options options;
    options.cancel = &cancel;
    options.onProgress = [&](const ImportProgress &p) {
        run.otherThread = run.otherThread || QThread::currentThread() != self;
        run.progress << QStringLiteral("%1 %2 %3/%4")
                            .arg(QFileInfo(p.file).fileName())
                            .arg(int(p.phase))
                            .arg(p.done)
                            .arg(p.total);
        if (cancelAfter >= 0 && p.phase == ImportProgress::Phase::Done && p.file == files.at(cancelAfter))
            cancel = true;
    };
    ImportService service(library);
    if (together) {
        run.results = service.importFiles(files, options);
    } else {
        for (const QString &file : files)
            run.results << service.importFile(file, options);
    }
    return run;
}

void compare(int cancelAfter)
{
    test::TemporaryLibrary one;
    test::TemporaryLibrary all;
    const QStringList oneFiles = makeFiles(one.dir());
    const QStringList allFiles = makeFiles(all.dir());
    const Run oneByOne = import(*one, oneFiles, false, cancelAfter);
    const Run together = import(*all, allFiles, true, cancelAfter);

    REQUIRE(together.results.size() == allFiles.size());
    for (int i = 0; i < allFiles.size(); ++i) {
        INFO(allFiles.at(i).toStdString());
        CHECK(together.results.at(i).file == allFiles.at(i));
        CHECK(resultText(together.results.at(i), all.dir()).toStdString()
            == resultText(oneByOne.results.at(i), one.dir()).toStdString());
    }
    CHECK(together.progress == oneByOne.progress);
    CHECK_FALSE(together.otherThread);
    // Only the rows that differ: the whole state is too long to print.
    const QStringList allState = libraryState(*all, all.dir());
    const QStringList oneState = libraryState(*one, one.dir());
    CHECK(allState.size() == oneState.size());
    QStringList differ;
    for (int i = 0; i < qMin(allState.size(), oneState.size()) && differ.size() < 6; ++i)
        if (allState.at(i) != oneState.at(i))
            differ << allState.at(i).left(200) << oneState.at(i).left(200);
    CHECK(differ == QStringList());
}

} // namespace

TEST_CASE("several files at once: the results, progress and library of one at a time", "[import][pipeline]")
{
    compare(-1);
}

TEST_CASE("several files at once, cancelled after the first: the rest cancelled as one at a time", "[import][pipeline]")
{
    compare(0);
}

TEST_CASE("several files at once, cancelled after the fourth (a missing one next)", "[import][pipeline]")
{
    compare(4);
}
