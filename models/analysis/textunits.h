#pragma once

#include <QPair>
#include <QString>
#include <QVector>

namespace bitext {

// The units the analysis measures text in, one rule for a matrix's coverage, the talk
// share and the word rates, so their figures agree: every Han character is a unit (the
// issue's "characters for Chinese"), and every run of other letters and digits is one
// unit, a word (apostrophes inside a run, as in "don't", keep it one word). Spaces and
// punctuation are no unit. The rule needs no side: Latin names inside Chinese text count
// as words there too.
namespace TextUnits {

// For each code point of `text`, the index of the unit it belongs to, -1 for none.
QVector<int> unitIndexes(const QString &text);
int count(const QString &text);
// Units with at least one code point in one of `ranges` ([start, end) in code points,
// any order, overlaps allowed): a unit coded twice counts once.
int covered(const QString &text, const QVector<QPair<int, int>> &ranges);

} // namespace TextUnits

} // namespace bitext
