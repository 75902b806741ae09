#pragma once

#include "models/export/exporter.h"

#include <QCoreApplication>

class QXmlStreamWriter;

namespace bitext {

// A REFI-QDA 1.5 project (.qdpx): a zip of project.qde (namespace
// urn:QDA-XML:project:1.0: Users, CodeBook, Sources, Notes, Links), sources/<guid>.txt,
// one UTF-8 text per document side that has text, and bitext/documents.json
// (RefiQdaLayout). Each quote is a PlainTextSelection whose start/end positions
// count code points into its source text, with its note as plain text in the
// Description (QualCoder, MAXQDA), a Coding per tag, and a NoteRef to the note plus
// a Link from the note to it (NVivo, Bitext). The quote's author is the creatingUser;
// a quote without one has none.
class QdpxExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(QdpxExporter)

public:
    QByteArray render(const ExportData &data) const override;

    // project.qde alone, and the name of a document side's text in sources/.
    QByteArray projectXml(const ExportData &data) const;
    static QString sourceGuid(const Document &document, Side side);
    // The quotes' authors, the one with most codings first (QualCoder's current coder).
    static QStringList users(const ExportData &data);

private:
    static void writeUsers(QXmlStreamWriter &xml, const QStringList &names);
    void writeSources(QXmlStreamWriter &xml, const ExportData &data) const;
    static void writeNotes(QXmlStreamWriter &xml, const ExportData &data);
    static void writeLinks(QXmlStreamWriter &xml, const ExportData &data);
};

} // namespace bitext
