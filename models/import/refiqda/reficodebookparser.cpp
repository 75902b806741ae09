#include "models/import/refiqda/reficodebookparser.h"

#include "models/import/refiqda/refixmlreader.h"

#include <QSet>

namespace bitext {

namespace {

QColor codeColor(const QString &text)
{
    // RGBType: #RRGGBB or #RGB; anything else leaves the colour to the codebook.
    const QColor color(text.trimmed());
    return text.trimmed().startsWith(QLatin1Char('#')) ? color : QColor();
}

} // namespace

QList<RefiCode> RefiCodebookParser::parse(const QByteArray &bytes, const QString &fileName)
{
    RefiXmlReader xml(bytes, fileName);
    xml.openRoot(QStringLiteral("CodeBook"), QStringLiteral("urn:QDA-XML:codebook:1.0"), tr("REFI-QDA codebook"));
    QList<RefiCode> codes;
    QSet<QString> seen;
    const auto defined = [&](const QString &guid, const QString &) {
        if (seen.contains(guid))
            throw xml.error(tr("the GUID %1 is used twice.").arg(guid));
        seen.insert(guid);
    };
    while (xml.nextChild()) {
        if (xml.name() == QLatin1String("Codes"))
            readCodes(xml, QString(), codes, defined);
        else
            xml.skip([](const QString &, const QString &) {});
    }
    if (codes.isEmpty())
        throw xml.error(tr("the codebook has no codes."));
    return codes;
}

void RefiCodebookParser::readCodes(RefiXmlReader &xml, const QString &parentPath, QList<RefiCode> &codes,
    const std::function<void(const QString &, const QString &)> &defined)
{
    while (xml.nextChild()) {
        if (xml.name() == QLatin1String("Code"))
            readCode(xml, parentPath, codes, defined);
        else
            xml.skip(defined);
    }
}

void RefiCodebookParser::readCode(RefiXmlReader &xml, const QString &parentPath, QList<RefiCode> &codes,
    const std::function<void(const QString &, const QString &)> &defined)
{
    RefiCode code;
    code.line = xml.line();
    code.guid = xml.guid(QStringLiteral("guid"), true);
    QString name = xml.attribute(QStringLiteral("name")).simplified();
    if (name.isEmpty())
        throw xml.error(tr("a <Code> has no name."));
    // Bitext's tag paths use '/' between levels; a name's own slash stays visible.
    name.replace(QLatin1Char('/'), QChar(0xFF0F));
    code.path = parentPath.isEmpty() ? name : parentPath + QLatin1Char('/') + name;
    // Each level is a call here: a hostile file must not run the stack out.
    if (code.path.count(QLatin1Char('/')) >= kMaxDepth)
        throw xml.error(tr("codes are nested more than %1 levels deep.").arg(kMaxDepth));
    if (code.path.size() > kMaxPathChars)
        throw xml.error(tr("the code \"%1…\" has a path (its name after its parents' names) of %2 characters; at "
                           "most %3 are read.")
                            .arg(code.path.left(40))
                            .arg(code.path.size())
                            .arg(kMaxPathChars));
    code.color = codeColor(xml.attribute(QStringLiteral("color")));
    defined(code.guid, QStringLiteral("Code"));
    const int at = int(codes.size());
    codes << code;
    while (xml.nextChild()) {
        if (xml.name() == QLatin1String("Description")) {
            codes[at].description = xml.text().trimmed();
        } else if (xml.name() == QLatin1String("NoteRef")) {
            codes[at].noteRefs << xml.guid(QStringLiteral("targetGUID"), true);
            xml.skip(defined);
        } else if (xml.name() == QLatin1String("Code")) {
            readCode(xml, code.path, codes, defined);
        } else {
            xml.skip(defined);
        }
    }
}

} // namespace bitext
