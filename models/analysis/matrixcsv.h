#pragma once

#include "models/analysis/matrixtable.h"

#include <QByteArray>
#include <QString>

namespace bitext {

// A coding matrix as CSV for spreadsheets, in CsvExporter's conventions (RFC 4180
// quoting, CRLF, UTF-8 with a BOM so that Excel and LibreOffice read Chinese, formula
// starts neutralised): a header row "code" + the column labels, then one row per code.
// Counts are integers, coverage a fraction 0..1, as `bitext report matrix --json` gives them.
namespace MatrixCsv {

QByteArray render(const MatrixTable &table);
// Written all or nothing (QSaveFile); throws Error naming the file and the reason.
void save(const MatrixTable &table, const QString &path);
// One value as the CSV writes it.
QString number(const MatrixTable &table, double value);

} // namespace MatrixCsv

} // namespace bitext
