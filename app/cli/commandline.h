#pragma once

#include <QStringList>

namespace bitext::cli {

// True when the arguments name a command (or --help/--version): then bitext runs
// headless and never needs a display. `bitext FILE...` with existing files opens the window.
bool wantsCommandLine(const QStringList &arguments);

// Runs `bitext [--library PATH] COMMAND ...` and returns the exit status.
int runCommandLine(const QStringList &arguments);

} // namespace bitext::cli
