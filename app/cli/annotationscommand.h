#pragma once

#include "app/cli/command.h"

namespace bitext::cli {

// `bitext annotations [--document DOC] [--tag TAG]`: the highlighted quotes of the
// library or one document, optionally of one tag (and its children).
class AnnotationsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("annotations"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(CommandContext &context) override;
};

} // namespace bitext::cli
