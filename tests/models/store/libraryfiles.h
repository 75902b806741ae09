#pragma once

// Helpers of the backup and damaged-library tests: libraries with data in them, and
// the files' bytes (hashes, damage done by hand).

#include "models/domain/parseddocument.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"

#include <QCryptographicHash>
#include <QFile>

#include <sqlite3.h>

namespace bitext::test {

inline ParsedDocument documentWith(const QString &title, int segments)
{
    ParsedDocument p;
    p.document.title = title;
    p.document.format = QStringLiteral("speaker-turns");
    p.document.sourceFile = title + QStringLiteral(".txt");
    p.document.languages = QStringList {QStringLiteral("zh"), QStringLiteral("en")};
    p.document.contentHash = title;
    for (int i = 0; i < segments; ++i) {
        Segment s;
        s.speaker = i % 2 ? QStringLiteral("Guest") : QStringLiteral("Host");
        s.zh = QStringLiteral("第%1句，关于图书馆的备份和恢复。").arg(i);
        s.en = QStringLiteral("Sentence %1 of %2, about backing up and restoring the library.").arg(i).arg(title);
        s.sourceLine = i + 1;
        p.segments << s;
    }
    return p;
}

// Creates (or adds to) the library file at path: one document per title.
inline void addDocuments(const QString &path, const QStringList &titles, int segments = 50)
{
    auto library = Library::openSqlite(path);
    for (const QString &title : titles)
        library->documents().insert(documentWith(title, segments));
}

// The titles of the library's documents, sorted.
inline QStringList titles(Library &library)
{
    QStringList found;
    for (const DocumentSummary &summary : library.documents().list())
        found << summary.document.title;
    found.sort();
    return found;
}

inline QStringList titles(const QString &path)
{
    return titles(*Library::openSqlite(path));
}

// The bytes of the file and its -wal, so that a test can prove nothing wrote them.
inline QByteArray filesHash(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &name : QStringList {path, path + QStringLiteral("-wal")}) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
        hash.addData(QByteArrayLiteral("|"));
    }
    return hash.result().toHex();
}

// The first page of a table's b-tree (1-based), 0 when there is no such table.
inline int rootPage(const QString &path, const char *table)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT rootpage FROM sqlite_master WHERE name = ?", -1, &statement, nullptr);
    sqlite3_bind_text(statement, 1, table, -1, SQLITE_STATIC);
    const int page = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int(statement, 0) : 0;
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return page;
}

inline void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace bitext::test
