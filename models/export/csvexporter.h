#pragma once

#include "models/export/exporter.h"

#include <QCoreApplication>

namespace bitext {

// CSV for spreadsheets: one row per annotation, RFC 4180 quoting, CRLF, UTF-8 with
// a BOM (so Excel reads Chinese), and cells that a spreadsheet would run as a
// formula neutralised with a leading single quote (OWASP CSV injection).
class CsvExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    QByteArray render(const ExportData &data) const override;

    // One cell, neutralised and quoted as needed.
    static QString cell(const QString &value);
};

} // namespace bitext
