#pragma once

#include "app/cli/command.h"

namespace bitext::cli {

// `bitext search QUERY`: full-text search over the library, in either script and
// language, with document, speaker, tag and side filters.
class SearchCommand : public Command
{
    // Its own context, so lupdate and tr() agree on where its strings belong.
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    QString name() const override { return QStringLiteral("search"); }
    bool readsOnly() const override { return true; }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("QUERY"); }
    void addOptions(QCommandLineParser &parser) override;
    int run(CommandContext &context) override;
};

} // namespace bitext::cli
