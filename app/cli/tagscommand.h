#pragma once

#include "app/cli/command.h"

namespace bitext::cli {

// `bitext tags`: the codebook with the number of quotes per tag.
class TagsCommand : public Command
{
    // Its own context, so lupdate and tr() agree on where its strings belong.
    Q_DECLARE_TR_FUNCTIONS(TagsCommand)

public:
    QString name() const override { return QStringLiteral("tags"); }
    QString summary() const override;
    int run(CommandContext &context) override;
};

} // namespace bitext::cli
