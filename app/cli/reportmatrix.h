#pragma once

#include <QStringList>

class QCommandLineParser;

namespace bitext::cli {

class CommandContext;

// `bitext report matrix --rows codes --columns speakers|documents|codes [--coverage]
// [filters] --json|--csv`: the Analysis window's coding matrix (CodingMatrix).
void addMatrixReportOptions(QCommandLineParser &parser);
int runMatrixReport(CommandContext &context, const QStringList &arguments);

} // namespace bitext::cli
