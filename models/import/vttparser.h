#pragma once

#include "models/import/subtitleparser.h"

namespace bitext {

// WebVTT (.vtt): a "WEBVTT" header, cues with optional identifiers and settings,
// NOTE/STYLE/REGION blocks (skipped), <v Name> voice tags.
class VttParser : public SubtitleParser
{
public:
    QString name() const override { return QStringLiteral("vtt"); }

protected:
    int bodyStart(const QStringList &lines, const QString &fileName) const override;
    bool isCueBlock(const QStringList &block) const override;
};

} // namespace bitext
