#include "tests/app/crash/crashfixture.h"

#include "models/import/importservice.h"
#include "models/store/library.h"
#include "tests/app/crash/killrun.h"
#include "tests/app/crash/rawlibrary.h"
#include "tests/support/annotatedseeds.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

namespace bitext::test {

QString writeBigTranscript(const QString &path, qint64 bytes)
{
    QFile seed(seedFileByPrefix(QStringLiteral("001")));
    REQUIRE(seed.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(seed.readAll());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    for (int round = 0; file.size() < bytes; ++round) {
        QString part = text;
        part.replace(QStringLiteral("**Host:**"), QStringLiteral("**Host %1:**").arg(round % 7));
        part.replace(QStringLiteral("**Amanda Askell:**"), QStringLiteral("**Guest %1:**").arg(round % 5));
        if (!part.endsWith(QLatin1Char('\n')))
            part += QLatin1Char('\n');
        file.write(part.toUtf8());
        file.flush();
    }
    return path;
}

void makeStartLibrary(const QString &path, const QString &bigTranscript)
{
    AnnotatedSeeds seeds;
    if (!bigTranscript.isEmpty()) {
        const ImportResult result = ImportService(seeds.lib.library()).importFile(bigTranscript, {});
        REQUIRE_FALSE(result.failed());
    }
    seeds.lib.close();
    copyLibraryFile(seeds.lib.path(), path);
}

QStringList contentState(const RawLibrary &raw, qint64 upToDocument, qint64 upToSpeaker)
{
    const QString doc = QString::number(upToDocument);
    const QList<QPair<QString, QString>> tables {
        {QStringLiteral("documents"),
            QStringLiteral("SELECT id, title, format, source_file, content_hash FROM documents WHERE id <= %1")
                .arg(doc)},
        {QStringLiteral("sections"),
            QStringLiteral("SELECT id, document_id, ordinal, title FROM sections WHERE document_id <= %1").arg(doc)},
        {QStringLiteral("speakers"),
            QStringLiteral("SELECT id, name, aliases FROM speakers WHERE id <= %1").arg(upToSpeaker)},
        {QStringLiteral("segments"),
            QStringLiteral("SELECT id, document_id, ordinal, section_id, speaker_id, zh, en FROM segments "
                           "WHERE document_id <= %1")
                .arg(doc)},
        {QStringLiteral("tags"), QStringLiteral("SELECT id, parent_id, name, color FROM tags")},
        {QStringLiteral("annotations"),
            QStringLiteral("SELECT id, document_id, side, start_segment_id, start_offset, end_segment_id, "
                           "end_offset, quote FROM annotations WHERE document_id <= %1")
                .arg(doc)},
        {QStringLiteral("annotation_tags"), QStringLiteral("SELECT annotation_id, tag_id FROM annotation_tags")},
        {QStringLiteral("notes"),
            QStringLiteral(
                "SELECT id, document_id, annotation_id, body FROM notes WHERE coalesce(document_id, 0) <= %1")
                .arg(doc)},
    };
    QStringList state;
    for (const auto &table : tables) {
        const QString sql = table.second + QStringLiteral(" ORDER BY 1, 2");
        state << QStringLiteral("%1: %2 rows %3")
                     .arg(table.first)
                     .arg(raw.rows(sql).size())
                     .arg(QString::fromLatin1(raw.digest(sql)));
    }
    return state;
}

QStringList upgradeBackups(const QString &libraryPath)
{
    const QFileInfo library(libraryPath);
    const QString base = library.completeBaseName();
    QStringList found;
    const QDir beside = library.absoluteDir();
    for (const QString &name :
        beside.entryList({base + QStringLiteral(".v*-backup-*.") + library.suffix()}, QDir::Files))
        found << beside.absoluteFilePath(name);
    const QDir folder(beside.absoluteFilePath(base + QStringLiteral(".backups")));
    for (const QString &name : folder.entryList({QStringLiteral("*.") + library.suffix()}, QDir::Files))
        found << folder.absoluteFilePath(name);
    return found;
}

QStringList openWithBitext(const QString &path, const std::function<QStringList(Library &)> &check)
{
    try {
        const auto library = Library::open(path);
        return check ? check(*library) : QStringList();
    } catch (const std::exception &e) {
        return {QStringLiteral("Library::open failed: ") + QString::fromUtf8(e.what())};
    }
}

qint64 interviewDocument(const RawLibrary &raw)
{
    return raw.scalar(QStringLiteral("SELECT id FROM documents WHERE source_file LIKE '%001_%'")).toLongLong();
}

QString describeRun(int run, double delayMs, bool killed)
{
    return QStringLiteral("run %1: %2 after %3 ms")
        .arg(run)
        .arg(killed ? QStringLiteral("killed") : QStringLiteral("finished before the kill"))
        .arg(delayMs, 0, 'f', 1);
}

} // namespace bitext::test
