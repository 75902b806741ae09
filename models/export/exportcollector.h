#pragma once

#include "models/export/exportdata.h"

#include <QCoreApplication>

namespace bitext {

class ExportProgress;
class Library;

// Gathers what an ExportRequest asks for from the library (documents, segments,
// annotations with their tags, notes) into one ExportData.
class ExportCollector
{
    Q_DECLARE_TR_FUNCTIONS(ExportCollector)

public:
    explicit ExportCollector(Library &library);

    // Throws Error when a requested document or tag does not exist. A progress, when
    // given, steps once per document and throws ExportCanceled when canceled.
    ExportData collect(const ExportRequest &request, ExportProgress *progress = nullptr);

private:
    ExportDocument loadDocument(qint64 documentId);
    QList<qint64> tagsBelow(const QList<qint64> &roots, const QList<Tag> &tags) const;
    void group(ExportData &data) const;

    Library &m_library;
};

} // namespace bitext
