#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace bitext::cli {

class CommandContext;

// `bitext report frequency` and `bitext report concordance WORD`: the Words view's
// figures (models/analysis WordFrequency, Concordance) on the command line.
class ReportWords
{
    Q_DECLARE_TR_FUNCTIONS(ReportWords)

public:
    static void addOptions(QCommandLineParser &parser);
    static int runFrequency(CommandContext &context, const QStringList &arguments);
    static int runConcordance(CommandContext &context, const QStringList &arguments);
};

} // namespace bitext::cli
