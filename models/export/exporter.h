#pragma once

#include "models/export/exportdata.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;

namespace bitext {

class ExportProgress;

// One export format: renders ExportData to the bytes of a file. Rendering to
// memory first is what makes every export atomic (see write()).
class Exporter
{
public:
    virtual ~Exporter() = default;

    // The file's bytes. Throws Error when the data cannot be expressed (e.g. a
    // codebook without tags).
    virtual QByteArray render(const ExportData &data) const = 0;

    // Renders and writes every byte to device (a file, a pipe, a test's failing
    // device); throws Error with the device's reason when it refuses some.
    void write(const ExportData &data, QIODevice &device) const;
    // Renders, then saves to path through QSaveFile (saveAtomically): a full disk or a
    // missing permission leaves the old file (or none) in place and throws Error
    // naming the file and the reason.
    void write(const ExportData &data, const QString &path) const;

    // Reports each quote rendered and the writing to `progress` (which may be null), and
    // stops with ExportCanceled when it is canceled, before the file is touched.
    void setProgress(ExportProgress *progress) { m_progress = progress; }

    static std::unique_ptr<Exporter> create(ExportFormat format);

protected:
    // One quote rendered: moves the progress on; throws ExportCanceled when canceled.
    void quoteRendered() const;
    ExportProgress *progress() const { return m_progress; }

private:
    ExportProgress *m_progress = nullptr;
};

} // namespace bitext
