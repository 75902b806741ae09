#include "models/import/importsummary.h"

namespace bitext {

ImportSummary::ImportSummary(const QList<ImportResult> &results)
{
    for (const ImportResult &r : results) {
        if (r.project && !r.failed()) {
            // A project counts its documents, and its quotes and new tags (a codebook or
            // Web Annotation file brings no document, yet imports something).
            for (const ProjectImportResult::DocumentEntry &d : r.project->documents)
                ++(d.alreadyThere ? alreadyThere : imported);
            quotes += r.project->quotes;
            tags += r.project->tagsCreated;
            continue;
        }
        switch (r.status) {
        case ImportResult::Status::Imported:
            ++imported;
            break;
        case ImportResult::Status::Replaced:
            ++replaced;
            break;
        case ImportResult::Status::SkippedDuplicate:
            ++alreadyThere;
            break;
        case ImportResult::Status::ChangedVersionExists:
            ++changedVersion;
            break;
        case ImportResult::Status::Failed:
            ++failed;
            break;
        case ImportResult::Status::Cancelled:
            ++cancelled;
            break;
        }
    }
}

QString ImportSummary::text() const
{
    QStringList parts;
    if (imported)
        parts << tr("Imported %n document(s)", nullptr, imported);
    if (replaced)
        parts << tr("Replaced %n document(s)", nullptr, replaced);
    if (quotes)
        parts << tr("%n quote(s)", nullptr, quotes);
    if (tags)
        parts << tr("%n new tag(s)", nullptr, tags);
    if (alreadyThere)
        parts << tr("%n already in the library", nullptr, alreadyThere);
    if (changedVersion)
        parts << tr("%n changed version(s) not imported", nullptr, changedVersion);
    if (failed)
        parts << tr("%n failed", nullptr, failed);
    if (cancelled)
        parts << tr("%n cancelled", nullptr, cancelled);
    // The separator and the full stop are the language's own (Chinese: ； and 。).
    const auto sentence = [](const QStringList &items) {
        return tr("%1.", "the summary's sentence").arg(items.join(tr("; ", "between the summary's parts")));
    };
    if (parts.isEmpty())
        return sentence({tr("Imported %n document(s)", nullptr, 0)});
    const QString text = sentence(parts);
    return imported || replaced || quotes || tags ? text : tr("Nothing imported: %1").arg(text);
}

} // namespace bitext
