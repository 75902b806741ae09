#pragma once

#include "app/cli/command.h"

namespace bitext::cli {

// `bitext password set|forget URL`: keeps a server library's password in the system
// keychain, or removes it. The password is typed at a prompt (or piped with
// --password-stdin), never given as an argument.
class PasswordCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PasswordCommand)

public:
    QString name() const override { return QStringLiteral("password"); }
    QString summary() const override;
    QString arguments() const override { return QStringLiteral("set|forget URL"); }
    void addOptions(QCommandLineParser &parser) override;
    int run(CommandContext &context) override;
};

} // namespace bitext::cli
