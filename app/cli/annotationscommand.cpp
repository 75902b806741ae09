#include "app/cli/annotationscommand.h"

#include "app/cli/annotationjson.h"
#include "app/cli/documentref.h"
#include "models/core/error.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/noterepository.h"
#include "models/store/tagrepository.h"

#include <QJsonArray>
#include <QSet>

namespace bitext::cli {

QString AnnotationsCommand::summary() const
{
    return tr("List annotations (highlighted quotes) with their tags and notes");
}

void AnnotationsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("document"), tr("Only this document (id or title)."), tr("DOC")});
    parser.addOption({QStringLiteral("tag"), tr("Only quotes with this tag or one below it, e.g. Risk/Misuse."), tr("TAG")});
}

int AnnotationsCommand::run(CommandContext &context)
{
    QCommandLineParser &parser = context.parser();
    if (!parser.positionalArguments().isEmpty())
        throw UsageProblem(tr("takes no arguments; use --document DOC for one document."));
    Library &library = context.library();
    const qint64 documentId = parser.isSet(QStringLiteral("document"))
        ? resolveDocument(library, parser.value(QStringLiteral("document"))).id
        : 0;

    QHash<qint64, Tag> tags;
    const QList<Tag> allTags = library.tags().list();
    for (const Tag &t : allTags)
        tags.insert(t.id, t);
    QSet<qint64> wanted;
    if (parser.isSet(QStringLiteral("tag"))) {
        const QString path = parser.value(QStringLiteral("tag")).trimmed();
        const auto tag = library.tags().findByPath(path);
        if (!tag)
            throw Error(tr("There is no tag '%1'. `bitext tags` lists them.").arg(path));
        for (const Tag &t : allTags) {
            if (t.id == tag->id || t.path.startsWith(tag->path + QLatin1Char('/')))
                wanted.insert(t.id);
        }
    }

    QHash<qint64, QString> titles;
    const QList<DocumentSummary> documents = library.documents().list();
    for (const DocumentSummary &d : documents)
        titles.insert(d.document.id, d.document.title);
    QHash<qint64, QString> notes;
    const QList<Note> noteList = library.notes().annotationNotes(documentId);
    for (const Note &n : noteList)
        notes.insert(n.annotationId, n.body);

    QList<Annotation> annotations = library.annotations().list(documentId);
    if (!wanted.isEmpty()) {
        annotations.erase(std::remove_if(annotations.begin(), annotations.end(),
                                         [&wanted](const Annotation &a) {
                                             for (qint64 id : a.tagIds) {
                                                 if (wanted.contains(id))
                                                     return false;
                                             }
                                             return true;
                                         }),
                          annotations.end());
    }

    if (context.json()) {
        QJsonArray array;
        for (const Annotation &a : annotations)
            array.append(annotationJson(a, titles.value(a.documentId), tags, notes.value(a.id)));
        context.printJson(array);
        return Success;
    }
    QTextStream &out = context.out();
    if (annotations.isEmpty()) {
        out << tr("No annotations.") << '\n';
        return Success;
    }
    for (const Annotation &a : annotations) {
        QStringList paths;
        for (qint64 id : a.tagIds)
            paths << tags.value(id).path;
        const QString where = a.orphaned ? tr("orphaned") : tr("segment %1").arg(a.startSegmentOrdinal);
        out << '#' << a.id << ' ' << titles.value(a.documentId) << ", " << where << " (" << sideName(a.side) << "): "
            << QString(a.quote).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (!paths.isEmpty())
            out << "  [" << paths.join(QStringLiteral(", ")) << ']';
        out << '\n';
        if (notes.contains(a.id))
            out << "    " << QString(notes.value(a.id)).replace(QLatin1Char('\n'), QStringLiteral("\n    ")) << '\n';
    }
    return Success;
}

} // namespace bitext::cli
