#pragma once

#include "models/export/exportdata.h"

#include <QString>

class QXmlStreamWriter;

namespace bitext {

// The pieces REFI-QDA 1.5 codebooks (.qdc) and projects (.qde) share: stable
// GUIDs derived from Bitext ids (so a re-export updates instead of duplicating
// in NVivo, ATLAS.ti, MAXQDA or QualCoder), the nested Codes element, and text
// cleaned of what XML 1.0 forbids.
class RefiQdaWriter
{
public:
    static QString guid(const QString &kind, qint64 id);
    static QString guid(const QString &kind, const QString &id);
    // <Codes> with one <Code> per tag, children nested under their parent.
    static void writeCodes(QXmlStreamWriter &xml, const QList<Tag> &tags);
    // Attribute and text helpers that drop characters XML 1.0 forbids.
    static void attribute(QXmlStreamWriter &xml, const QString &name, const QString &value);
    static void textElement(QXmlStreamWriter &xml, const QString &name, const QString &text);

private:
    static void writeCode(QXmlStreamWriter &xml, const QList<Tag> &tags, const Tag &tag);
};

} // namespace bitext
