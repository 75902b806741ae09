#pragma once

#include "models/import/importservice.h"
#include "models/store/library.h"
#include "tests/support/testsupport.h"

#include <QSettings>

namespace bitext::test {

// The seed file whose name starts with a prefix ("001").
inline QString seedFile(const QString &prefix)
{
    const QDir dir(seedPath(QString()));
    const QStringList names = dir.entryList(QStringList{prefix + QStringLiteral("_*.txt")}, QDir::Files);
    return names.isEmpty() ? QString() : dir.absoluteFilePath(names.first());
}

// Imports a seed into a library and returns the document id (0 on failure).
inline qint64 importSeed(Library &library, const QString &prefix)
{
    ImportService service(library);
    const ImportResult result = service.importFile(seedFile(prefix), ImportService::Options());
    return result.failed() ? 0 : result.documentId;
}

// Window tests start from empty settings, so nothing is restored from an earlier run.
inline void clearSettings()
{
    QSettings().clear();
}

} // namespace bitext::test
