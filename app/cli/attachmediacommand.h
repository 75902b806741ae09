#pragma once

#include "app/cli/command.h"

namespace bitext::cli {

// `bitext attach-media DOC FILE`: the audio or video a document is the transcript of
// (`--detach` forgets it).
class AttachMediaCommand : public Command
{
    // Its own context, so lupdate and tr() agree on where its strings belong.
    Q_DECLARE_TR_FUNCTIONS(AttachMediaCommand)

public:
    QString name() const override { return QStringLiteral("attach-media"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("DOC [FILE]"); }
    void addOptions(QCommandLineParser &parser) override;
    int run(CommandContext &context) override;
};

} // namespace bitext::cli
