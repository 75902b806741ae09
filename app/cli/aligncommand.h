#pragma once

#include "app/cli/command.h"

namespace bitext::cli {

// `bitext align ZH_FILE EN_FILE [--json]`: pairs a Chinese and an English transcript
// into one bilingual document; `bitext align --document DOC FILE [--json]` gives a
// one-language document its other language. Both print the pairs with their confidence.
class AlignCommand : public Command
{
    // Its own context, so lupdate and tr() agree on where its strings belong.
    Q_DECLARE_TR_FUNCTIONS(AlignCommand)

public:
    QString name() const override { return QStringLiteral("align"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("ZH_FILE EN_FILE | --document DOC FILE"); }
    void addOptions(QCommandLineParser &parser) override;
    int run(CommandContext &context) override;
};

} // namespace bitext::cli
