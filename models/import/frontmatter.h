#pragma once

#include "models/domain/document.h"

#include <QStringList>

namespace bitext {

// YAML front matter ("---" ... "---" at the top of a Markdown file), parsed with
// yaml-cpp into Document fields and Document::metadata.
class FrontMatter
{
public:
    // True when the first line opens front matter.
    static bool startsAt(const QStringList &lines);
    // Parses the front matter starting at lines[0] into document; returns the index of
    // the first body line. Throws Error "FILE:LINE: reason" when it is not closed or
    // not valid YAML.
    static int read(const QStringList &lines, const QString &fileName, Document &document);
};

} // namespace bitext
