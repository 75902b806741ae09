#include "app/cli/commandregistry.h"

#include "app/cli/listcommand.h"
#include "app/cli/showcommand.h"

namespace bitext::cli {

std::vector<std::unique_ptr<Command>> createCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(std::make_unique<ShowCommand>());
    return commands;
}

} // namespace bitext::cli
