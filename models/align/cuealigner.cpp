#include "models/align/cuealigner.h"

#include "models/align/lengthaligner.h"

namespace bitext {

QList<AlignedPair> CueAligner::align(const QList<AlignUnit> &zh, const QList<AlignUnit> &en)
{
    return LengthAligner::align(zh, en);
}

} // namespace bitext
