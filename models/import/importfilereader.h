#pragma once

#include "models/domain/parseddocument.h"
#include "models/import/importmonitor.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace bitext {

// One file's way to the store stage of an import, in the order ImportService takes
// it: open (is it an exchange file?), read and hash, parse. Each step throws Error
// (or ImportCancelled) for the file's result.
class ImportFileSource
{
public:
    virtual ~ImportFileSource() = default;
    // True for a REFI-QDA project or codebook or Web Annotation JSON (ProjectImporter's).
    virtual bool isProject() = 0;
    // The SHA-256 of the file's bytes (hex), reporting Reading progress.
    virtual QString hash(ImportMonitor &monitor) = 0;
    // The parsed transcript, reporting Parsing progress.
    virtual ParsedDocument parse(ImportMonitor &monitor) = 0;
};

// The steps themselves, without a library, so they can also run in a thread of
// their own (ImportPipeline) ahead of the one that stores.
class ImportFileReader : public ImportFileSource
{
public:
    // withIndexText: also fold each segment's sides for the search index
    // (ParsedDocument::indexText), work the storing thread is then spared.
    ImportFileReader(const QString &path, const QString &format, bool withIndexText = false);

    bool isProject() override;
    QString hash(ImportMonitor &monitor) override;
    ParsedDocument parse(ImportMonitor &monitor) override;

private:
    QString m_path;
    QString m_format;
    bool m_withIndexText;
    QFile m_file;
    QByteArray m_bytes;
};

} // namespace bitext
