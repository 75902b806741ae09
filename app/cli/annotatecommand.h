#pragma once

#include "app/cli/command.h"

namespace bitext::cli {

// `bitext annotate DOC SEGMENT --side zh|en --quote TEXT ...`: highlights a quote
// of one segment, with tags (created when missing), a note and a colour.
class AnnotateCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("annotate"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("DOC SEGMENT"); }
    void addOptions(QCommandLineParser &parser) override;
    int run(CommandContext &context) override;
};

} // namespace bitext::cli
