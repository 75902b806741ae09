#pragma once

#include "app/cli/command.h"

namespace bitext::cli {

// `bitext annotations [--document DOC] [--tag TAG]`: the highlighted quotes of the
// library or one document, optionally of one tag (and its children).
class AnnotationsCommand : public Command
{
    // Its own context, so lupdate and tr() agree on where its strings belong.
    Q_DECLARE_TR_FUNCTIONS(AnnotationsCommand)

public:
    QString name() const override { return QStringLiteral("annotations"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(CommandContext &context) override;
};

} // namespace bitext::cli
