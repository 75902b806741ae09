#pragma once

#include "models/import/documentparser.h"

#include <QRegularExpressionMatch>

namespace bitext {

// "Name: text" or "Name：text" lines, optionally after a "[hh:mm:ss]" or "hh:mm:ss"
// timestamp; a speaker's Chinese line and English line form one turn.
class NameColonParser : public DocumentParser
{
public:
    QString name() const override { return QStringLiteral("name-colon"); }
    // captured(1) the time (may be empty), captured(2) the name, captured(3) the text.
    static QRegularExpressionMatch matchLine(const QString &line);

protected:
    void parseLines(const QStringList &lines, const QString &fileName, ParsedDocument &document,
                    ImportMonitor *monitor) const override;
};

} // namespace bitext
