#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QFile;

namespace bitext {

// Reads a file that comes from elsewhere (a transcript, a codebook, Web Annotation
// JSON) into memory, refusing one over the limit before a byte of it is read, so a
// huge or endless file is a message and never an exhausted memory.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    // 64 MiB is some 20 million Chinese characters, well over a hundred novels; the
    // longest real transcripts are a few MiB. Importing needs about eight times the
    // file's size at its peak (the bytes, the decoded text, its lines, the segments:
    // a 16 MiB transcript took 136 MiB), so the limit keeps an import well under a
    // gigabyte on any machine.
    static constexpr qint64 kMaxBytes = qint64(64) << 20;

    // All of the open file; throws Error "FILE: the file is N MiB; ..." when it is
    // larger than kMaxBytes (checked from its size first, and while reading a pipe
    // or device whose size is unknown) and "FILE: cannot read ..." when reading fails.
    static QByteArray readAll(QFile &file, const QString &path);
    // Opens the file and reads it as above.
    static QByteArray read(const QString &path);

    // The message for a file of `bytes` bytes (or more) over the limit.
    static QString tooLargeMessage(const QString &path, qint64 bytes);
};

} // namespace bitext
