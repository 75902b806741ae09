#pragma once

#include <QString>

namespace bitext {

// Copies a live SQLite database to another file with SQLite's online backup API,
// which is consistent even while the source is open (unlike copying the file and
// forgetting its WAL). Throws Error on failure and leaves no partial copy.
void backupSqliteFile(const QString &sourcePath, const QString &targetPath);

} // namespace bitext
