#pragma once

#include <QString>

namespace bitext::ui {

class ReaderView;

// Where the reader was in each document (the top segment, how far into it, the current
// segment), kept in the settings per library and document, so a document opened again,
// also after a restart, shows what the user was reading.
class ReadingPosition
{
public:
    static void save(const ReaderView &reader, const QString &libraryPath);
    // After the reader's model loaded a document: back to its saved place, else its start.
    static void restore(ReaderView &reader, const QString &libraryPath);
};

} // namespace bitext::ui
