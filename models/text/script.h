#pragma once

#include <QString>

namespace bitext {

// Which writing system a piece of text is in, for putting lines on the Chinese or
// the English side of a segment.
enum class Script { None, Han, Latin };

bool isHan(char32_t c);
bool isLatinLetter(char32_t c);
// The dominant script of a text: Han when it has Han characters worth about as much
// as its Latin words (one Han character ~ one short word), Latin when it has Latin
// letters only, None when it has neither (digits, punctuation). Full-width
// Chinese punctuation counts as Han.
Script dominantScript(const QString &text);

// A line that is Chinese followed by English (or the reverse) with exactly one
// script boundary and at least three Latin words on the English part, split there.
// Returns false (and leaves zh/en alone) when the split would be a guess, e.g. for
// Chinese sentences quoting English terms.
// QString::fromUcs4 takes uint in Qt 5 and char32_t in Qt 6.
QString fromCodePoints(const uint *data, int size);

bool splitAtScriptBoundary(const QString &text, QString &zh, QString &en);

} // namespace bitext
