#include "tests/fuzz/refiplan.h"

#include "models/import/refiqda/codepointtext.h"
#include "models/import/refiqda/refibitextlayout.h"
#include "models/import/refiqda/refidocumentbuilder.h"
#include "models/import/refiqda/refinotes.h"
#include "models/import/refiqda/refiprojectchecker.h"
#include "models/import/refiqda/refiprojectparser.h"
#include "models/text/textdecoder.h"

#include <QHash>

namespace bitext::fuzz {

namespace {

// The text of an internal:// file, decoded as RefiImporter decodes it.
std::optional<QString> internalText(const QString &path,
    const std::function<std::optional<QByteArray>(const QString &entry)> &entry, const QString &label)
{
    if (!path.startsWith(QLatin1String("internal://")))
        return std::nullopt;
    const QString name = QStringLiteral("sources/") + path.mid(int(qstrlen("internal://")));
    const std::optional<QByteArray> bytes = entry(name);
    if (!bytes)
        return std::nullopt;
    const bool bom = bytes->startsWith("\xEF\xBB\xBF");
    return TextDecoder::convert(*bytes, "UTF-8", label + QLatin1Char(':') + name, bom ? 3 : 0);
}

} // namespace

void planRefiProject(const QByteArray &projectXml, const QString &label,
    const std::function<std::optional<QByteArray>(const QString &entry)> &entry)
{
    const RefiProject project = RefiProjectParser::parse(projectXml, label);
    RefiProjectChecker::check(project, label);

    QHash<QString, CodePointText> texts;
    for (const RefiSource &source : project.sources) {
        if (source.kind != QLatin1String("TextSource"))
            continue;
        if (source.hasPlainTextContent)
            texts.insert(source.guid, CodePointText(source.plainTextContent));
        else if (const std::optional<QString> text = internalText(source.plainTextPath, entry, label))
            texts.insert(source.guid, CodePointText(*text));
    }
    RefiBitextLayout layout;
    const QString layoutEntry = QString::fromLatin1(RefiBitextLayout::kEntry);
    if (project.isBitextExport()) {
        if (const std::optional<QByteArray> bytes = entry(layoutEntry))
            layout = RefiBitextLayout::parse(*bytes, label + QLatin1Char(':') + layoutEntry);
    }
    RefiDocumentBuilder builder(project, texts, label, layout.documents);
    const QList<RefiDocumentPlan> plans = builder.build();

    RefiNotes notes(project, [&](const RefiNote &note) {
        if (note.hasPlainTextContent)
            return note.plainTextContent;
        return internalText(note.plainTextPath, entry, label).value_or(note.description);
    });
    for (const RefiCode &code : project.codes)
        notes.forCode(code);
    for (const RefiDocumentPlan &plan : plans) {
        for (const RefiSource *source : plan.sources)
            notes.forSource(*source);
        for (const RefiPlacedSelection &placed : plan.selections)
            notes.forSelection(*placed.selection);
    }
    notes.unused();
}

} // namespace bitext::fuzz
