#pragma once

#include "models/domain/segment.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace bitext {

// What the Analysis views and `bitext report` look across. Every list empty means
// "all": the filter narrows, it never widens. One struct for every view so that the
// matrix, the charts, the word counts and the agreement figures of one filter always
// describe the same quotes and the same text.
struct AnalysisFilter
{
    QList<qint64> tagIds; // codes: these tags and every tag below them (a subtree)
    QList<qint64> documentIds; // documents
    QList<qint64> speakerIds; // speakers; 0 stands for text without a speaker
    QStringList authors; // the coders whose quotes count (Annotation::author)
    std::optional<Side> side; // one language, or both

    bool isEmpty() const
    {
        return tagIds.isEmpty() && documentIds.isEmpty() && speakerIds.isEmpty() && authors.isEmpty() && !side;
    }
    bool operator==(const AnalysisFilter &other) const
    {
        return tagIds == other.tagIds && documentIds == other.documentIds && speakerIds == other.speakerIds
            && authors == other.authors && side == other.side;
    }
    bool operator!=(const AnalysisFilter &other) const { return !(*this == other); }
};

} // namespace bitext
