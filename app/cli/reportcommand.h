#pragma once

#include "app/cli/command.h"

#include <QCoreApplication>

namespace bitext::cli {

// `bitext report KIND ...`: the Analysis window's figures on the command line, with the
// same numbers. Each KIND (matrix, frequency, concordance, agreement) is one function
// in its own file (report*.cpp); they share the filter options parsed by reportFilter().
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    QString arguments() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(CommandContext &context) override;
    bool readsOnly() const override { return true; }
};

} // namespace bitext::cli
