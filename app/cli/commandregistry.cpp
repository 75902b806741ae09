#include "app/cli/commandregistry.h"

#include "app/cli/aligncommand.h"
#include "app/cli/annotatecommand.h"
#include "app/cli/annotationscommand.h"
#include "app/cli/attachmediacommand.h"
#include "app/cli/backupcommand.h"
#include "app/cli/copylibrarycommand.h"
#include "app/cli/exportcommand.h"
#include "app/cli/importcommand.h"
#include "app/cli/listcommand.h"
#include "app/cli/passwordcommand.h"
#include "app/cli/reportcommand.h"
#include "app/cli/searchcommand.h"
#include "app/cli/showcommand.h"
#include "app/cli/tagscommand.h"

namespace bitext::cli {

std::vector<std::unique_ptr<Command>> createCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(std::make_unique<ShowCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<AlignCommand>());
    commands.push_back(std::make_unique<SearchCommand>());
    commands.push_back(std::make_unique<AnnotateCommand>());
    commands.push_back(std::make_unique<AnnotationsCommand>());
    commands.push_back(std::make_unique<TagsCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<AttachMediaCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<PasswordCommand>());
    commands.push_back(std::make_unique<CopyLibraryCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    return commands;
}

} // namespace bitext::cli
