#pragma once

#include "app/cli/command.h"

namespace bitext::cli {

// `bitext tags`: the codebook with the number of quotes per tag.
class TagsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("tags"); }
    QString summary() const override;
    int run(CommandContext &context) override;
};

} // namespace bitext::cli
