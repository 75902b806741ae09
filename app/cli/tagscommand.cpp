#include "app/cli/tagscommand.h"

#include "app/cli/annotationjson.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"

#include <QJsonArray>

namespace bitext::cli {

QString TagsCommand::summary() const
{
    return tr("List the codebook's tags with the number of quotes using each");
}

int TagsCommand::run(CommandContext &context)
{
    if (!context.parser().positionalArguments().isEmpty())
        throw UsageProblem(tr("takes no arguments."));
    Library &library = context.library();
    const QList<Tag> tags = library.tags().list();
    const QHash<qint64, int> counts = library.tags().usageCounts();
    if (context.json()) {
        QJsonArray array;
        for (const Tag &t : tags)
            array.append(tagJson(t, counts.value(t.id)));
        context.printJson(array);
        return Success;
    }
    if (tags.isEmpty()) {
        context.out() << tr("The codebook is empty. `bitext annotate ... --tag NAME` creates tags.") << '\n';
        return Success;
    }
    for (const Tag &t : tags)
        context.out() << QString::number(counts.value(t.id)).rightJustified(5) << "  " << t.path << "  " << t.color.name()
                      << '\n';
    return Success;
}

} // namespace bitext::cli
