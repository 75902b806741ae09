#pragma once

#include "models/export/exportdata.h"

#include <QByteArray>

namespace bitext {

// Writes the bitext/documents.json entry of a .qdpx export, as
// models/import/refiqda/refibitextlayout.h defines it (RefiBitextLayout reads it
// back): what REFI-QDA cannot carry about a document (its Chinese/English pairing,
// speakers, sections, times, metadata) and each code's tag path, so that importing
// the export gives the library back exactly. Other tools ignore the entry.
class RefiQdaLayout
{
public:
    static QByteArray json(const ExportData &data);

    // Whether a document side has any text: a side without gets no TextSource (a
    // Chinese-only document has no "(en)" source), its texts being only the "\n"
    // between empty segments.
    static bool hasText(const ExportDocument &document, Side side);
};

} // namespace bitext
