#pragma once

#include "models/domain/segment.h"

#include <QList>

namespace bitext {

// A passage to code automatically: a range of one side of one segment, in code points
// of the side's text as stored. A concordance line and a library search hit both give
// one; auto-coding turns a list of them into highlights with one tag.
struct CodingTarget
{
    qint64 documentId = 0;
    qint64 segmentId = 0;
    Side side = Side::Zh;
    int start = 0;
    int length = 0;
};

} // namespace bitext
