#pragma once

#include "models/import/projectimportresult.h"

#include <QCoreApplication>
#include <QStringList>

namespace bitext {

class Library;

// The one way in for exchange files, next to ImportService for transcripts:
// REFI-QDA projects (.qdpx) and codebooks (.qdc) from QualCoder, NVivo, MAXQDA,
// ATLAS.ti or Bitext, and Web Annotation JSON-LD (Bitext's export, Hypothesis).
// FormatDetector::exchangeFormat tells which files come here.
class ProjectImporter
{
    Q_DECLARE_TR_FUNCTIONS(ProjectImporter)

public:
    // qdpx, qdc, webannotation: the names `bitext import --format` takes for them.
    static QStringList formatNames();

    // Imports one file; format empty: detected from the file. Never throws: a
    // failure is in the result (failed, error), and then nothing of the file was stored.
    static ProjectImportResult importFile(Library &library, const QString &path, const QString &format = QString());
};

} // namespace bitext
