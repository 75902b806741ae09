#pragma once

#include "models/analysis/analysisfilter.h"

class QCommandLineParser;

namespace bitext {
class Library;
}

namespace bitext::cli {

// The filter options every `bitext report` kind takes, one rule for all of them:
// --document DOC, --speaker NAME, --tag TAG (a code and the codes below it),
// --author NAME (each may be given several times) and --side zh|en.
void addReportFilterOptions(QCommandLineParser &parser);
// Throws Error naming the document, speaker or tag that does not exist, and
// UsageProblem for a --side that is neither zh nor en.
AnalysisFilter reportFilter(QCommandLineParser &parser, Library &library);

} // namespace bitext::cli
