#pragma once

#include "app/cli/command.h"

namespace bitext::cli {

// `bitext backup list|create|restore [BACKUP]`: the rotating backups of a local
// library (LibraryBackups). The library itself is never opened, so a damaged one can
// be listed and restored.
class BackupCommand : public Command
{
    // Its own context, so lupdate and tr() agree on where its strings belong.
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("list|create|restore [BACKUP]"); }
    int run(CommandContext &context) override;
};

} // namespace bitext::cli
