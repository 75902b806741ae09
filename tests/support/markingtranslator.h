#pragma once

#include <QTranslator>

namespace bitext::test {

// A real translator that answers every message with a marked copy of its source
// ("[Speakers]"), as pseudo-localisation does: installed, it shows which texts follow
// the interface language.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override;
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override;
};

} // namespace bitext::test
