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

    // Exchange files, which are not transcripts but ProjectImporter's: "qdpx" (a
    // REFI-QDA project archive), "qdc" (a REFI-QDA codebook) or "webannotation" (Web
    // Annotation or Hypothesis JSON), from the file's first bytes and its name; empty
    // for anything else. detect() returns the same names for such text.
    static QString exchangeFormat(const QByteArray &head, const QString &fileName);

private:
    static QString exchangeFormatOfText(const QString &head, const QString &suffix);
};

} // namespace bitext
