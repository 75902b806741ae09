#include "models/align/sentencesplitter.h"

namespace bitext {

QStringList SentenceSplitter::split(const QString &text, Side side)
{
    Q_UNUSED(side)
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QStringList() : QStringList {trimmed};
}

} // namespace bitext
