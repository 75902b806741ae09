#pragma once

#include "models/align/alignunit.h"

namespace bitext {

// Pairs two timed subtitle tracks of the same talk by time overlap, tolerating shifts
// up to a second and one side splitting a cue the other keeps whole (1-2, 2-1).
class CueAligner
{
public:
    static QList<AlignedPair> align(const QList<AlignUnit> &zh, const QList<AlignUnit> &en);
};

} // namespace bitext
