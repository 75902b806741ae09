#pragma once

#include "models/domain/segment.h"

#include <QList>
#include <QPair>
#include <QString>

namespace bitext {
class Library;
}

namespace bitext::test {

// Small hand-made coded texts for the agreement and auto-coding tests, whose figures are
// worked out by hand in the tests.

// A document of one segment per (zh, en) pair, no speakers.
qint64 addTextDocument(Library &library, const QString &title, const QList<QPair<QString, QString>> &texts);
// A quote by `author` with `tags` from (startRow, start) to (endRow, end) of one side,
// offsets in code points, made by Anchor as the reader makes one.
qint64 codeRange(Library &library, qint64 documentId, Side side, const QString &author, const QList<qint64> &tags,
    int startRow, int start, int endRow, int end);

// The worked example: "Hundred", one segment of 100 Chinese characters (no English), the
// code "Risk" given by Ana to characters 0–40 and by Ben to 20–60 (κ = 0.1667).
struct WorkedExample
{
    qint64 document = 0;
    qint64 risk = 0;
    explicit WorkedExample(Library &library);
    static QString text();
};

} // namespace bitext::test
