#include "models/import/projectimportresult.h"

#include <QJsonArray>

namespace bitext {

QString ProjectImportResult::summary() const
{
    if (failed)
        return error;
    QStringList lines;
    int imported = 0;
    for (const DocumentEntry &d : documents) {
        if (d.alreadyThere)
            lines << tr("%1: \"%2\" is already in the library as document %3; left as it is.")
                         .arg(file, d.title)
                         .arg(d.id);
        else
            ++imported;
    }
    QStringList counts;
    if (format == QLatin1String("qdpx"))
        counts << tr("%n document(s)", nullptr, imported);
    if (format != QLatin1String("webannotation") || tagsCreated > 0)
        counts << tr("%n new tag(s)", nullptr, tagsCreated);
    if (format != QLatin1String("qdc")) {
        counts << tr("%n quote(s)", nullptr, quotes);
        counts << tr("%n note(s)", nullptr, notes);
    }
    lines.prepend(tr("%1: imported %2.").arg(file, counts.join(QStringLiteral(", "))));
    if (orphaned > 0)
        lines << tr("%n quote(s) could not be placed in their text and were kept without a place:", nullptr, orphaned);
    else if (!unplaced.isEmpty())
        lines << tr("%n annotation(s) could not be placed and were not imported:", nullptr, int(unplaced.size()));
    for (const QString &u : unplaced)
        lines << QStringLiteral("  ") + u;
    lines << warnings;
    return lines.join(QLatin1Char('\n'));
}

QJsonObject ProjectImportResult::toJson() const
{
    QJsonObject object {{QStringLiteral("file"), file}, {QStringLiteral("format"), format}};
    if (failed) {
        object.insert(QStringLiteral("error"), error);
        return object;
    }
    QJsonArray docs;
    for (const DocumentEntry &d : documents)
        docs.append(QJsonObject {{QStringLiteral("id"), d.id}, {QStringLiteral("title"), d.title},
            {QStringLiteral("status"),
                d.alreadyThere ? QStringLiteral("skipped-duplicate") : QStringLiteral("imported")},
            {QStringLiteral("segments"), d.segments}, {QStringLiteral("quotes"), d.quotes}});
    object.insert(QStringLiteral("documents"), docs);
    object.insert(QStringLiteral("tags_created"), tagsCreated);
    object.insert(QStringLiteral("tags_merged"), tagsMerged);
    object.insert(QStringLiteral("quotes"), quotes);
    object.insert(QStringLiteral("orphaned"), orphaned);
    object.insert(QStringLiteral("notes"), notes);
    object.insert(QStringLiteral("unplaced"), QJsonArray::fromStringList(unplaced));
    object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return object;
}

} // namespace bitext
