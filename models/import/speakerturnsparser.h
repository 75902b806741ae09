#pragma once

#include "models/import/documentparser.h"

#include <QRegularExpressionMatch>

namespace bitext {

// "**Name:** 中文" followed by "**Name:** English" of the same speaker; unlabelled
// paragraphs continue the open turn (001 and 003 of the samples).
class SpeakerTurnsParser : public DocumentParser
{
public:
    QString name() const override { return QStringLiteral("speaker-turns"); }
    // A "**Name:** text" line: captured(1) the name, captured(2) the text.
    static QRegularExpressionMatch matchLabel(const QString &line);

protected:
    void parseLines(const QStringList &lines, const QString &fileName, ParsedDocument &document,
                    ImportMonitor *monitor) const override;
};

} // namespace bitext
