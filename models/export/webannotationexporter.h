#pragma once

#include "models/export/exporter.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace bitext {

// W3C Web Annotation JSON-LD: an AnnotationCollection with one Annotation per
// quote. Each target names its document side (a urn:uuid source) with a
// TextQuoteSelector (exact/prefix/suffix) and a TextPositionSelector whose start
// and end count code points into the side's text: the segments' texts of that
// side joined with "\n". Tags are "tagging" bodies, the note a "commenting" body,
// the aligned passage of the other language a "describing" body.
class WebAnnotationExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(WebAnnotationExporter)

public:
    QByteArray render(const ExportData &data) const override;

    // The IRI of a document side: the TextPositionSelector's text.
    static QString sourceId(const Document &document, Side side);

private:
    static QJsonObject annotation(const ExportData &data, const ExportQuote &quote);
};

} // namespace bitext
