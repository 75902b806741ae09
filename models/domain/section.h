#pragma once

#include <QString>

namespace bitext {

// A heading that groups consecutive segments of a document.
struct Section
{
    qint64 id = 0;
    qint64 documentId = 0;
    int ordinal = 0; // 0-based position in the document
    QString title;
    int level = 1;
};

} // namespace bitext
