#include "app/cli/copylibrarycommand.h"

#include "models/store/library.h"
#include "models/store/librarycopier.h"

#include <QJsonObject>

namespace bitext::cli {

QString CopyLibraryCommand::summary() const
{
    return tr("Copy a whole library (a file or a postgresql:// URL) into a new or empty one");
}

int CopyLibraryCommand::run(CommandContext &context)
{
    const QStringList arguments = context.parser().positionalArguments();
    if (arguments.size() != 2)
        throw UsageProblem(tr("takes the source and the destination library: copy-library SRC DST."));
    const std::unique_ptr<Library> source = context.openLibrary(arguments.at(0));
    const std::unique_ptr<Library> destination = context.openLibrary(arguments.at(1));
    const LibraryCopier::Counts counts = LibraryCopier::copy(*source, *destination);
    if (context.json()) {
        QJsonObject object;
        for (const auto &count : counts)
            object.insert(count.first, count.second);
        context.printJson(object);
        return Success;
    }
    for (const auto &count : counts)
        context.out() << QString::number(count.second).rightJustified(7) << "  " << count.first << '\n';
    context.out() << tr("Copied %1 to %2.").arg(source->location(), destination->location()) << '\n';
    return Success;
}

} // namespace bitext::cli
