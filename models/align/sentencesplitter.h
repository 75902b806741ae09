#pragma once

#include "models/domain/segment.h"

#include <QStringList>

namespace bitext {

// Sentences of one side's text: ICU's sentence rules, plus the Chinese full stops and
// closing quotes ICU leaves alone; never inside numbers such as 3.5.
class SentenceSplitter
{
public:
    // The sentences in order, trimmed; joined back (with a space on the English side)
    // they give the text again up to whitespace.
    static QStringList split(const QString &text, Side side);
};

} // namespace bitext
