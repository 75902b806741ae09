#pragma once

#include "models/import/documentparser.h"

#include <optional>

namespace bitext {

// What SubRip and WebVTT share: cues of a time line and text lines. A cue with one
// Chinese and one English line becomes one bilingual segment; <v Name> voice tags
// name the speaker; tags are removed and entities decoded. A cue given twice with the
// same times, once in each language, is one bilingual segment too.
class SubtitleParser : public DocumentParser
{
protected:
    void parseLines(const QStringList &lines, const QString &fileName, ParsedDocument &document,
        ImportMonitor *monitor) const override;
    // Index of the first cue line (after a WebVTT header), or throws.
    virtual int bodyStart(const QStringList &lines, const QString &fileName) const = 0;
    // Is this block (starting at lines[i]) a cue, or a comment/style block to skip?
    virtual bool isCueBlock(const QStringList &block) const = 0;
    // "00:01:02,500" or "01:02.500" -> ms.
    static std::optional<qint64> parseTime(const QString &text);

private:
    // Cues this close in both times are one cue given twice, once per language.
    static constexpr qint64 kSameTimeMs = 200;
    static void joinTranslatedCues(QList<Segment> &segments, int first);
};

} // namespace bitext
