#pragma once

#include <QString>
#include <QStringList>

namespace bitext {

class Library;

// Where a document's media file is: the path stored for it (relative to a library file's
// folder when the media lies below it, so that a library moved with its media keeps
// working) and back.
class MediaLocation
{
public:
    // What to store for `file` in `library`: relative to the library's folder when it lies
    // below it (SQLite), else absolute.
    static QString storedPath(const Library &library, const QString &file);
    // The absolute path a stored one stands for (relative ones resolved against the
    // library's folder).
    static QString resolve(const Library &library, const QString &stored);
    // A media file beside `transcript` with the same base name (first of a fixed list of
    // extensions), or empty.
    static QString besideTranscript(const QString &transcript);
    // wav mp3 m4a aac ogg oga opus flac mp4 m4v webm mkv mov
    static QStringList extensions();
};

} // namespace bitext
