#pragma once

#include "models/export/exportdata.h"

#include <QHash>
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
    // <Codes> with one <Code> per tag, children nested under their parent, named
    // by codeNames.
    static void writeCodes(QXmlStreamWriter &xml, const QList<Tag> &tags);
    // Tag id -> the code's name in the file. QualCoder needs code names unique in a
    // project (codings of a second "Safety" are lost), so a name that occurs more than
    // once gets its parent's path: "Safety (Risk)"; the hierarchy stays in the nesting.
    static QHash<qint64, QString> codeNames(const QList<Tag> &tags);
    // Attribute and text helpers that drop characters XML 1.0 forbids.
    static void attribute(QXmlStreamWriter &xml, const QString &name, const QString &value);
    static void textElement(QXmlStreamWriter &xml, const QString &name, const QString &text);

private:
    static void writeCode(
        QXmlStreamWriter &xml, const QList<Tag> &tags, const QHash<qint64, QString> &names, const Tag &tag);
};

} // namespace bitext
