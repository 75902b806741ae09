#include "models/import/vttparser.h"

#include <QCoreApplication>

namespace bitext {

int VttParser::bodyStart(const QStringList &lines, const QString &fileName) const
{
    if (lines.isEmpty() || !lines.first().trimmed().startsWith(QLatin1String("WEBVTT")))
        throw error(fileName, 1, QCoreApplication::translate("VttParser", "a WebVTT file must start with \"WEBVTT\"."));
    int i = 1;
    while (i < lines.size() && !lines.at(i).trimmed().isEmpty())
        ++i; // header lines
    return i;
}

bool VttParser::isCueBlock(const QStringList &block) const
{
    const QString first = block.first().trimmed();
    return !(first.startsWith(QLatin1String("NOTE")) || first.startsWith(QLatin1String("STYLE"))
             || first.startsWith(QLatin1String("REGION")));
}

} // namespace bitext
