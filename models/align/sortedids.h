#pragma once

#include <QList>

#include <algorithm>

namespace bitext {

// Ids as the aligner compares them: sorted, each once (binary_search over them).
inline QList<int> sortedUnique(QList<int> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace bitext
