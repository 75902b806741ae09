#pragma once

#include "app/cli/command.h"

namespace bitext::cli {

// `bitext list`: the documents of the library.
class ListCommand : public Command
{
    // Its own context, so lupdate and tr() agree on where its strings belong.
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    bool readsOnly() const override { return true; }
    QString summary() const override;
    int run(CommandContext &context) override;
};

} // namespace bitext::cli
