#include "models/import/projectimporter.h"

#include "models/core/error.h"
#include "models/import/formatdetector.h"
#include "models/import/refiqda/refiimporter.h"
#include "models/import/webannotation/webannotationimporter.h"

#include <QFile>

#include <new>

namespace bitext {

QStringList ProjectImporter::formatNames()
{
    return {QStringLiteral("qdpx"), QStringLiteral("qdc"), QStringLiteral("webannotation")};
}

ProjectImportResult ProjectImporter::importFile(Library &library, const QString &path, const QString &format)
{
    ProjectImportResult result;
    result.file = path;
    result.format = format.trimmed().toLower();
    try {
        if (result.format.isEmpty()) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                throw Error(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
            result.format = FormatDetector::exchangeFormat(file.read(65536), path);
            if (result.format.isEmpty())
                throw Error(tr("%1: not a REFI-QDA project or codebook, nor Web Annotation JSON.").arg(path));
        }
        ProjectImportResult imported;
        if (result.format == QLatin1String("qdpx"))
            imported = RefiImporter(library).importProject(path);
        else if (result.format == QLatin1String("qdc"))
            imported = RefiImporter(library).importCodebook(path);
        else if (result.format == QLatin1String("webannotation"))
            imported = WebAnnotationImporter(library).importFile(path);
        else
            throw Error(tr("%1: unknown format \"%2\"; the formats are: %3.")
                            .arg(path, result.format, formatNames().join(QStringLiteral(", "))));
        imported.file = result.file;
        imported.format = result.format;
        return imported;
    } catch (const Error &e) {
        result.error = e.message();
    } catch (const std::bad_alloc &) {
        result.error = tr("%1: not enough memory to import this file.").arg(path);
    }
    result.failed = true;
    return result;
}

} // namespace bitext
