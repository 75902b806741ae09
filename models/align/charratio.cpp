#include "models/align/charratio.h"

namespace bitext {

double CharRatio::estimate(const QList<Segment> &segments)
{
    Q_UNUSED(segments)
    return kDefault;
}

int CharRatio::countedLength(const QString &text, Side side)
{
    Q_UNUSED(side)
    int n = 0;
    for (const QChar c : text)
        n += c.isLetterOrNumber() ? 1 : 0;
    return n;
}

} // namespace bitext
