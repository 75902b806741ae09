#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace bitext {

// One piece of one side handed to an aligner: a paragraph, turn, sentence or cue,
// with whatever survives translation (times, the speaker) to help pair it.
struct AlignUnit
{
    QString text;
    std::optional<qint64> startMs, endMs;
    QString speaker;
    int sourceLine = 0;
};

// One pairing found by an aligner: indexes into the two inputs, ascending and
// contiguous; an empty list is the missing side of a 1-0 / 0-1 pair.
struct AlignedPair
{
    QList<int> zh;
    QList<int> en;
    double confidence = 1.0;
};

} // namespace bitext
