#pragma once

#include "models/analysis/analysisfilter.h"

#include <QList>

namespace bitext {

class Library;

// What text an AnalysisFilter selects, one reading for the word counts and the
// concordance: the filter's documents (every document when none), its sides (both when
// none), its speakers (everyone when none); with codes or coders, only inside quotes.
namespace AnalysisScope {

QList<qint64> documents(Library &library, const AnalysisFilter &filter);
QList<Side> sides(const AnalysisFilter &filter);
bool hasSpeaker(const AnalysisFilter &filter, qint64 speakerId);
bool insideQuotes(const AnalysisFilter &filter);

} // namespace AnalysisScope

} // namespace bitext
