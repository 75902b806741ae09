#pragma once

#include "app/cli/command.h"

namespace bitext::cli {

// `bitext copy-library SRC DST`: copies a whole library between a file and a
// server (or two of either) into an empty destination; with --merge into one that
// already holds data.
class CopyLibraryCommand : public Command
{
    // Its own context, so lupdate and tr() agree on where its strings belong.
    Q_DECLARE_TR_FUNCTIONS(CopyLibraryCommand)

public:
    QString name() const override { return QStringLiteral("copy-library"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("SRC DST"); }
    void addOptions(QCommandLineParser &parser) override;
    int run(CommandContext &context) override;

private:
    static int merge(CommandContext &context, Library &source, Library &destination);
};

} // namespace bitext::cli
