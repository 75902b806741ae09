#pragma once

// What the benchmarks that generate their library write it with: rows inserted directly
// in one transaction (no import, no search index), in seconds instead of the minutes an
// import of as many segments takes.

#include "models/store/database.h"

#include <QSqlQuery>
#include <QString>

namespace bitext::bench {

// The text of a segment, about the sizes of the 001 form.
inline QString sampleZh()
{
    return QStringLiteral("我觉得人们非常容易陷入花大量时间去定义这个概念的诱惑，因为定义的方式太多了。");
}
inline QString sampleEn()
{
    return QStringLiteral("I think people are very tempted to spend a lot of time defining the concept, "
                          "because there are so many ways to define it.");
}

// A bilingual speaker-turns document: binds title, source file, content hash, imported at.
inline QSqlQuery prepareDocumentInsert(Database &db)
{
    return db.prepareInsert(
        QStringLiteral("INSERT INTO documents (title, format, source_file, languages, content_hash, imported_at) "
                       "VALUES (?, 'speaker-turns', ?, 'zh,en', ?, ?)"));
}

// A segment: binds document, ordinal, speaker, zh, en, source line.
inline QSqlQuery prepareSegmentInsert(Database &db)
{
    return db.prepareInsert(QStringLiteral(
        "INSERT INTO segments (document_id, ordinal, speaker_id, zh, en, source_line) VALUES (?, ?, ?, ?, ?, ?)"));
}

} // namespace bitext::bench
