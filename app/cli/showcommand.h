#pragma once

#include "app/cli/command.h"

namespace bitext::cli {

// `bitext show DOC`: a document's metadata and its aligned segments.
class ShowCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("DOC"); }
    int run(CommandContext &context) override;
};

} // namespace bitext::cli
