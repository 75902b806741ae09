#include "models/import/srtparser.h"

namespace bitext {

int SrtParser::bodyStart(const QStringList &lines, const QString &fileName) const
{
    Q_UNUSED(lines)
    Q_UNUSED(fileName)
    return 0;
}

bool SrtParser::isCueBlock(const QStringList &block) const
{
    Q_UNUSED(block)
    return true; // every block of a SubRip file is a cue; a broken one is reported
}

} // namespace bitext
