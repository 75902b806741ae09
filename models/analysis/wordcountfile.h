#pragma once

#include "models/analysis/wordcountcache.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace bitext {

class Library;
struct Segment;

// Whole documents' word counts kept on disk between processes, so that `bitext report
// frequency` and every new Words view count only the documents segmented by no earlier
// process (ICU takes about a minute for a million segments; reading the counts back takes
// well under a second). One file per library in the user's cache folder (never in the
// library's folder: read-only commands write nothing there), named after the library's
// location (its file's path or its server URL and database). Each document's counts are
// stored with a stamp of its segments' ids, speakers and texts, the things its counts
// depend on; a document whose stamp differs is counted again. The file is a cache: one
// that is missing, corrupt, of another version or another library is ignored (and
// replaced at the next save), never an error.
class WordCountFile
{
public:
    using Entry = WordCountFileEntry;
    using Entries = QHash<qint64, Entry>;

    // What names a library: its file's absolute path, or its server URL (with the
    // database, without a password).
    static QString identity(const Library &library);
    // The file for the library of that identity.
    static QString pathFor(const QString &identity);
    // What the counts of a document depend on, hashed.
    static QByteArray stamp(const QList<Segment> &segments);

    // The entries of the file at `path` for `location`; none when it is missing or unusable.
    static Entries read(const QString &path, const QString &location);
    // Best effort (QSaveFile): false when it cannot be written, which only costs a recount.
    static bool write(const QString &path, const QString &location, const Entries &entries);
};

} // namespace bitext
