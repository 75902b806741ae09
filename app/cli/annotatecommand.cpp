#include "app/cli/annotatecommand.h"

#include "app/cli/annotationjson.h"
#include "app/cli/documentref.h"
#include "models/annotate/anchor.h"
#include "models/core/error.h"
#include "models/core/preferences.h"
#include "models/store/annotationrepository.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/noterepository.h"
#include "models/store/tagrepository.h"

namespace bitext::cli {

QString AnnotateCommand::summary() const
{
    return tr("Highlight a quote of a segment, with tags, a note and a colour");
}

void AnnotateCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("side"), tr("Which text the quote is in: zh or en."), tr("SIDE")});
    parser.addOption({QStringLiteral("quote"), tr("The exact text to highlight; it must occur in the segment."), tr("TEXT")});
    parser.addOption({QStringLiteral("tag"), tr("A codebook tag, e.g. Risk/Misuse (created when missing); repeatable."),
                      tr("TAG")});
    parser.addOption({QStringLiteral("note"), tr("A Markdown note on the annotation."), tr("TEXT")});
    parser.addOption({QStringLiteral("color"), tr("Highlight colour: a name (yellow) or #rrggbb."), tr("NAME")});
}

int AnnotateCommand::run(CommandContext &context)
{
    QCommandLineParser &parser = context.parser();
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        throw UsageProblem(tr("expects DOC and SEGMENT (the 0-based segment index of `show --json`)."));
    bool isNumber = false;
    const int row = args.at(1).toInt(&isNumber);
    if (!isNumber || row < 0)
        throw UsageProblem(tr("SEGMENT must be a 0-based segment index, not '%1'.").arg(args.at(1)));
    const auto side = sideFromName(parser.value(QStringLiteral("side")));
    if (!side)
        throw UsageProblem(tr("--side must be zh or en."));
    const QString quote = parser.value(QStringLiteral("quote"));
    if (quote.isEmpty())
        throw UsageProblem(tr("--quote TEXT is required."));
    QColor color;
    if (parser.isSet(QStringLiteral("color"))) {
        const QString name = parser.value(QStringLiteral("color"));
        if (!QColor::isValidColor(name))
            throw UsageProblem(tr("'%1' is not a colour name or #rrggbb.").arg(name));
        color = QColor(name);
    }

    Library &library = context.library();
    const Document document = resolveDocument(library, args.at(0));
    const QList<Segment> segments = library.documents().segments(document.id);
    if (row >= segments.size())
        throw Error(tr("'%1' has %2 segments; SEGMENT must be between 0 and %3.")
                        .arg(document.title)
                        .arg(segments.size())
                        .arg(segments.size() - 1));
    const int at = segments.at(row).text(*side).indexOf(quote);
    if (at < 0)
        throw Error(tr("The quote \"%1\" does not occur in the %2 text of segment %3 of '%4'.")
                        .arg(quote, sideName(*side))
                        .arg(row)
                        .arg(document.title));

    const SideText text(segments, *side);
    Annotation annotation = Anchor::createFromPositions(
        text, document.id, text.position(row, 0) + at, text.position(row, 0) + at + int(quote.size()));
    annotation.author = Preferences::authorName();
    annotation.created = QDateTime::currentDateTimeUtc();

    // Tags, annotation and note are one change: all stored or none.
    Transaction tx(library.database());
    const QStringList tagPaths = parser.values(QStringLiteral("tag"));
    for (const QString &path : tagPaths)
        annotation.tagIds << library.tags().ensurePath(path);
    const QString note = parser.value(QStringLiteral("note"));
    // One passage has one highlight (as in the window): a passage highlighted already is
    // that highlight, given the tags, note and colour asked for.
    const auto existing = library.annotations().samePassage(annotation);
    if (existing) {
        annotation.id = existing->id;
        QList<qint64> tags = existing->tagIds;
        for (qint64 id : std::as_const(annotation.tagIds)) {
            if (!tags.contains(id))
                tags << id;
        }
        if (tags != existing->tagIds)
            library.annotations().setTags(annotation.id, tags);
        if (color.isValid() && color != existing->color) {
            Annotation recolored = *existing;
            recolored.color = color;
            library.annotations().update(recolored);
        }
    } else {
        if (!color.isValid()) {
            const auto firstTag
                = annotation.tagIds.isEmpty() ? std::nullopt : library.tags().find(annotation.tagIds.first());
            color = firstTag ? firstTag->color : TagRepository::paletteColor(0);
        }
        annotation.color = color;
        annotation.id = library.annotations().create(annotation);
    }
    if (!note.trimmed().isEmpty())
        library.notes().setAnnotationNote(annotation.id, note);
    tx.commit();

    const auto stored = library.annotations().find(annotation.id);
    if (context.json()) {
        QHash<qint64, Tag> tags;
        const QList<Tag> all = library.tags().list();
        for (const Tag &t : all)
            tags.insert(t.id, t);
        const auto storedNote = library.notes().forAnnotation(annotation.id);
        context.printJson(annotationJson(*stored, document.title, tags, storedNote ? storedNote->body : QString()));
        return Success;
    }
    const QString message = existing ? tr("Annotation %1 (already on this passage) on segment %2 (%3) of '%4': %5")
                                     : tr("Annotation %1 on segment %2 (%3) of '%4': %5");
    context.out() << message.arg(stored->id).arg(row).arg(sideName(*side), document.title, quote) << '\n';
    return Success;
}

} // namespace bitext::cli
