#include "models/align/lengthaligner.h"

#include <algorithm>

namespace bitext {

QList<AlignedPair> LengthAligner::align(const QList<AlignUnit> &zh, const QList<AlignUnit> &en, const Options &options)
{
    Q_UNUSED(options)
    QList<AlignedPair> pairs;
    const int n = std::max(zh.size(), en.size());
    for (int i = 0; i < n; ++i) {
        AlignedPair pair;
        if (i < zh.size())
            pair.zh.append(i);
        if (i < en.size())
            pair.en.append(i);
        pairs.append(pair);
    }
    return pairs;
}

} // namespace bitext
