#include "app/cli/copylibrarycommand.h"

#include "models/store/library.h"
#include "models/store/librarycopier.h"
#include "models/store/librarymerger.h"

#include <QJsonObject>

namespace bitext::cli {

namespace {

const QString kMerge = QStringLiteral("merge");

QJsonObject toJson(const QList<QPair<QString, int>> &counts)
{
    QJsonObject object;
    for (const auto &count : counts)
        object.insert(count.first, count.second);
    return object;
}

} // namespace

QString CopyLibraryCommand::summary() const
{
    return tr("Copy a whole library (a file or a postgresql:// URL) into a new or empty one");
}

void CopyLibraryCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({kMerge,
        tr("Merge into a destination that already holds data: documents, annotations, tags, "
           "speakers and notes it has already are matched, not duplicated.")});
}

int CopyLibraryCommand::run(CommandContext &context)
{
    const QStringList arguments = context.parser().positionalArguments();
    if (arguments.size() != 2)
        throw UsageProblem(tr("takes the source and the destination library: copy-library SRC DST."));
    const std::unique_ptr<Library> source = context.openLibrary(arguments.at(0));
    const std::unique_ptr<Library> destination = context.openLibrary(arguments.at(1));
    if (context.parser().isSet(kMerge))
        return merge(context, *source, *destination);
    const LibraryCopier::Counts counts = LibraryCopier::copy(*source, *destination);
    if (context.json()) {
        context.printJson(toJson(counts));
        return Success;
    }
    for (const auto &count : counts)
        context.out() << QString::number(count.second).rightJustified(7) << "  " << count.first << '\n';
    context.out() << tr("Copied %1 to %2.").arg(source->location(), destination->location()) << '\n';
    return Success;
}

int CopyLibraryCommand::merge(CommandContext &context, Library &source, Library &destination)
{
    const LibraryMerger::Counts counts = LibraryMerger::merge(source, destination);
    if (context.json()) {
        context.printJson(toJson(counts));
        return Success;
    }
    QHash<QString, int> n;
    for (const auto &count : counts)
        n.insert(count.first, count.second);
    const auto number = [&n](const char *key) { return QString::number(n.value(QLatin1String(key))); };
    context.out()
        << tr("Documents: %1 added, %2 already there.").arg(number("documents_added"), number("documents_matched"))
        << '\n'
        << tr("Annotations: %1 added, %2 merged into one already there, %3 skipped.")
               .arg(number("annotations_added"), number("annotations_merged"), number("annotations_skipped"))
        << '\n'
        << tr("Tags: %1 added, %2 already there.").arg(number("tags_added"), number("tags_matched")) << '\n'
        << tr("Speakers: %1 added, %2 already there.").arg(number("speakers_added"), number("speakers_matched")) << '\n'
        << tr("Notes: %1 added, %2 merged into one already there.").arg(number("notes_added"), number("notes_merged"))
        << '\n'
        << tr("Merged %1 into %2.").arg(source.location(), destination.location()) << '\n';
    return Success;
}

} // namespace bitext::cli
