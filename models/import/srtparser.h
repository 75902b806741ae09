#pragma once

#include "models/import/subtitleparser.h"

namespace bitext {

// SubRip (.srt): numbered cues "1", "00:00:01,000 --> 00:00:02,000", text lines.
class SrtParser : public SubtitleParser
{
public:
    QString name() const override { return QStringLiteral("srt"); }

protected:
    int bodyStart(const QStringList &lines, const QString &fileName) const override;
    bool isCueBlock(const QStringList &block) const override;
};

} // namespace bitext
