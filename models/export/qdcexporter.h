#pragma once

#include "models/export/exporter.h"

#include <QCoreApplication>

namespace bitext {

// A REFI-QDA 1.5 codebook (.qdc, namespace urn:QDA-XML:codebook:1.0): the tag
// tree as nested codes with GUIDs, colours and descriptions.
class QdcExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(QdcExporter)

public:
    // Throws Error for a library without tags: the schema needs at least one code.
    QByteArray render(const ExportData &data) const override;
};

} // namespace bitext
