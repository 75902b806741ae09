#pragma once

#include "app/cli/command.h"

namespace bitext::cli {

// `bitext import FILE... [--format NAME] [--replace] [--json]`: imports transcripts,
// each file on its own (one failing does not stop the others).
class ImportCommand : public Command
{
    // Its own context, so lupdate and tr() agree on where its strings belong.
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("FILE..."); }
    void addOptions(QCommandLineParser &parser) override;
    int run(CommandContext &context) override;
};

} // namespace bitext::cli
