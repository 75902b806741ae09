#pragma once

#include <QString>

namespace bitext {

// Recognises the transcript form of decoded text (and its file name), returning a
// DocumentParser format name. Decides on the first few hundred non-empty lines so
// that a large file costs no more than a small one.
class FormatDetector
{
public:
    static QString detect(const QString &text, const QString &fileName);
};

} // namespace bitext
