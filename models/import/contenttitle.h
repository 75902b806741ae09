#pragma once

#include "models/domain/parseddocument.h"

#include <QString>

namespace bitext {

// The title of a document whose source gives none (no front matter): its first real
// heading, else its first meaningful line, cut to fit a sidebar row. A hash-like
// file name ("003_e2e2177cc1a7e815") is a poor title and sorts above real ones; the
// file name stays the document's source.
class ContentTitle
{
public:
    // Display columns (a Han character takes two) a title is cut to.
    static constexpr int kMaxColumns = 60;

    // Empty when the document has neither a usable heading nor a meaningful line.
    static QString fromContent(const ParsedDocument &document);

    // A heading that names a part of any document ("引言", "Summary", "整理後的文稿：")
    // rather than this one.
    static bool isGenericHeading(const QString &heading);
    // Enough words to stand for the document: not "嗯", "好的。", "[Music]".
    static bool isMeaningful(const QString &line);
    // At most kMaxColumns: whole sentences when they fit, else cut at a clause or a
    // word with "…"; a final full stop is dropped.
    static QString shorten(const QString &text);
};

} // namespace bitext
