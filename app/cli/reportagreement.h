#pragma once

#include <QStringList>

namespace bitext::cli {

class CommandContext;

// `bitext report agreement [filters] [--json]`: coder agreement per document, code and
// pair of coders (models/analysis/CoderAgreement), as a table or as JSON.
int runAgreementReport(CommandContext &context, const QStringList &arguments);

} // namespace bitext::cli
