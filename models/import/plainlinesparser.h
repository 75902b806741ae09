#pragma once

#include "models/import/documentparser.h"

namespace bitext {

// Plain lines with no speakers (speech-recognition output, 002 of the samples):
// one segment per non-empty line, on the side its script says.
class PlainLinesParser : public DocumentParser
{
public:
    QString name() const override { return QStringLiteral("plain"); }

protected:
    void parseLines(const QStringList &lines, const QString &fileName, ParsedDocument &document,
                    ImportMonitor *monitor) const override;
};

} // namespace bitext
