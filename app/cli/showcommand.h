#pragma once

#include "app/cli/command.h"

namespace bitext::cli {

// `bitext show DOC`: a document's metadata and its aligned segments.
class ShowCommand : public Command
{
    // Its own context, so lupdate and tr() agree on where its strings belong.
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)

public:
    QString name() const override { return QStringLiteral("show"); }
    bool readsOnly() const override { return true; }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("DOC"); }
    int run(CommandContext &context) override;
};

} // namespace bitext::cli
