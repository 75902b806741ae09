#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <limits>

namespace bitext {

class Library;

namespace test {

class RawLibrary;

// A transcript of at least `bytes` bytes in speaker-turn form, made of seed 001 over and
// over, each round with other speaker names (so that an import also creates speakers).
QString writeBigTranscript(const QString &path, qint64 bytes);

// Seeds 000 and 001 with a codebook, quotes and a note (AnnotatedSeeds), plus the big
// transcript when given, closed and copied to path: the library a kill test starts from.
void makeStartLibrary(const QString &path, const QString &bigTranscript = QString());

// The stored content, one line per table (row count and a digest of the columns that
// say what the rows are, leaving out the times a write stamps): two states compare
// equal exactly when they hold the same documents, segments, speakers, codebook,
// annotations and notes. Rows of documents above upToDocument and speakers above
// upToSpeaker are left out (what a test added after the start).
QStringList contentState(const RawLibrary &raw, qint64 upToDocument = std::numeric_limits<qint64>::max(),
    qint64 upToSpeaker = std::numeric_limits<qint64>::max());

// The copies of a library taken before a schema upgrade: beside the library
// (<base>.v2-backup-<time>.sqlite) or in its backups folder (<dir>/<base>.backups/).
QStringList upgradeBackups(const QString &libraryPath);

// Problems opening the library with Bitext (Library::open), and those `check` finds in it.
QStringList openWithBitext(const QString &path, const std::function<QStringList(Library &)> &check = {});

// Seed 001's document in a start library (makeStartLibrary).
qint64 interviewDocument(const RawLibrary &raw);

// The line to show what a run saw when a check fails.
QString describeRun(int run, double delayMs, bool killed);

} // namespace test
} // namespace bitext
