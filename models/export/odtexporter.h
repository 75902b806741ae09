#pragma once

#include "models/export/exporter.h"

#include <QCoreApplication>

namespace bitext {

// OpenDocument text through QTextDocumentWriter ("odf"), for LibreOffice and
// Word. The font families are named in the file; needs a QGuiApplication.
class OdtExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(OdtExporter)

public:
    QByteArray render(const ExportData &data) const override;
};

} // namespace bitext
