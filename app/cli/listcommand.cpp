#include "app/cli/listcommand.h"

#include "app/cli/jsonformat.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/text/displaywidth.h"

#include <QJsonArray>

namespace bitext::cli {

QString ListCommand::summary() const
{
    return tr("List the documents of the library");
}

int ListCommand::run(CommandContext &context)
{
    const QList<DocumentSummary> documents = context.library().documents().list();
    if (context.json()) {
        QJsonArray array;
        for (const DocumentSummary &summary : documents)
            array.append(documentSummaryJson(summary));
        context.printJson(array);
        return Success;
    }
    if (documents.isEmpty()) {
        context.out() << tr("The library %1 has no documents yet. Add some with `bitext import FILE...`.")
                             .arg(context.libraryPath())
                      << '\n';
        return Success;
    }
    QTextStream &out = context.out();
    out << fitToWidth(tr("ID"), 5) << ' ' << fitToWidth(tr("TITLE"), 48) << ' ' << fitToWidth(tr("FORMAT"), 16) << ' '
        << fitToWidth(tr("SEGMENTS"), 8) << ' ' << tr("SPEAKERS") << '\n';
    for (const DocumentSummary &s : documents) {
        out << fitToWidth(QString::number(s.document.id), 5) << ' ' << fitToWidth(s.document.title, 48) << ' '
            << fitToWidth(s.document.format, 16) << ' ' << fitToWidth(QString::number(s.segmentCount), 8) << ' '
            << s.speakers.join(QStringLiteral(", ")) << '\n';
    }
    return Success;
}

} // namespace bitext::cli
