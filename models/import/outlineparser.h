#pragma once

#include "models/import/documentparser.h"

namespace bitext {

// Outline notes (004 of the samples): lines that are wholly bold (or "#"
// headings) become sections, numbered ones one level deeper; every bullet is a
// segment. A numbered heading that is a name with its Latin form in parentheses,
// such as 阿曼達·阿斯凱爾（Amanda Askell）, is the speaker of its section's bullets;
// a bullet labelled "**Name的回應：**" speaks for that name. A chat model's
// preamble ("好的，我將…", a bare "…文稿：" label) and trailer (its "改进说明"
// and "希望…" lines, "[model=…]") are left out.
class OutlineParser : public DocumentParser
{
public:
    QString name() const override { return QStringLiteral("outline"); }

protected:
    void parseLines(const QStringList &lines, const QString &fileName, ParsedDocument &document,
                    ImportMonitor *monitor) const override;
};

} // namespace bitext
