#pragma once

#include "app/cli/command.h"

#include <memory>
#include <vector>

namespace bitext::cli {

// Every command of `bitext`, in the order --help lists them.
std::vector<std::unique_ptr<Command>> createCommands();

} // namespace bitext::cli
