#pragma once

#include "models/import/projectimportresult.h"
#include "models/import/refiqda/codepointtext.h"
#include "models/import/refiqda/refidocumentplan.h"
#include "models/import/refiqda/refiproject.h"

#include <QCoreApplication>
#include <QHash>

namespace bitext {

class Library;
class RefiNotes;
class ZipReader;

// Imports a REFI-QDA project (.qdpx) or codebook (.qdc) into a library in one
// transaction: everything is read, checked and planned first, so a broken or
// hostile file fails before the library is touched, and a failure while storing
// rolls back. Throws Error "FILE[:ENTRY][:LINE]: reason".
class RefiImporter
{
    Q_DECLARE_TR_FUNCTIONS(RefiImporter)

public:
    explicit RefiImporter(Library &library)
        : m_library(library)
    {
    }

    ProjectImportResult importProject(const QString &path);
    ProjectImportResult importCodebook(const QString &path);

private:
    // The texts of the project's text sources by GUID; other sources are reported.
    QHash<QString, CodePointText> readTexts(
        ZipReader &zip, const RefiProject &project, const QString &label, QStringList &warnings);
    QString readInternal(ZipReader &zip, const QString &path, const QString &label);
    // codePaths: the tag path of each code, where Bitext's layout gives one.
    void store(const RefiProject &project, const QList<RefiDocumentPlan> &plans, RefiNotes &notes,
        const QHash<QString, QString> &codePaths, ProjectImportResult &result);
    int storeSelections(qint64 documentId, const RefiDocumentPlan &plan, const RefiProject &project,
        const QHash<QString, qint64> &tagIds, RefiNotes &notes, ProjectImportResult &result);

    Library &m_library;
};

} // namespace bitext
