#include "tests/support/markingtranslator.h"

namespace bitext::test {

bool MarkingTranslator::isEmpty() const
{
    return false;
}

QString MarkingTranslator::translate(const char *, const char *sourceText, const char *, int) const
{
    return QStringLiteral("[%1]").arg(QString::fromUtf8(sourceText));
}

} // namespace bitext::test
