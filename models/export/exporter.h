#pragma once

#include "models/export/exportdata.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;

namespace bitext {

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

    static std::unique_ptr<Exporter> create(ExportFormat format);
};

} // namespace bitext
