#pragma once

#include "models/export/exporter.h"

#include <QCoreApplication>

namespace bitext {

// PDF through Qt's own QPdfWriter: A4, the fonts (Noto Sans CJK) embedded as
// subsets so Chinese prints and can be searched and copied. Needs a QGuiApplication.
class PdfExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)

public:
    QByteArray render(const ExportData &data) const override;
};

} // namespace bitext
