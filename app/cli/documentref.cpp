#include "app/cli/documentref.h"

#include "models/core/error.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"

#include <QCoreApplication>

namespace bitext::cli {

Document resolveDocument(Library &library, const QString &reference)
{
    bool isNumber = false;
    const qint64 id = reference.toLongLong(&isNumber);
    if (isNumber) {
        if (auto document = library.documents().find(id))
            return *document;
        throw Error(QCoreApplication::translate("CommandLine", "There is no document with id %1.").arg(id));
    }
    QList<Document> partial;
    const QList<DocumentSummary> all = library.documents().list();
    for (const DocumentSummary &summary : all) {
        if (summary.document.title == reference)
            return summary.document;
        if (summary.document.title.contains(reference, Qt::CaseInsensitive))
            partial << summary.document;
    }
    if (partial.size() == 1)
        return partial.first();
    if (partial.isEmpty())
        throw Error(QCoreApplication::translate("CommandLine", "No document matches '%1'.").arg(reference));
    QStringList names;
    for (const Document &d : partial)
        names << QStringLiteral("%1 (%2)").arg(d.id).arg(d.title);
    throw Error(QCoreApplication::translate("CommandLine", "'%1' matches several documents: %2. Use an id.")
                    .arg(reference, names.join(QStringLiteral(", "))));
}

} // namespace bitext::cli
