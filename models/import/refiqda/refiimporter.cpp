#include "models/import/refiqda/refiimporter.h"

#include "models/core/error.h"
#include "models/core/inputfile.h"
#include "models/core/zipreader.h"
#include "models/import/quotewriter.h"
#include "models/import/refiqda/reficodebookparser.h"
#include "models/import/refiqda/reficodeimporter.h"
#include "models/import/refiqda/refidocumentbuilder.h"
#include "models/import/refiqda/refinotes.h"
#include "models/import/refiqda/refiprojectchecker.h"
#include "models/import/refiqda/refiprojectparser.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/noterepository.h"
#include "models/store/tagrepository.h"
#include "models/text/textdecoder.h"

namespace bitext {

namespace {

QString decodeUtf8(const QByteArray &bytes, const QString &label)
{
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    return TextDecoder::convert(bytes, "UTF-8", label, bom ? 3 : 0);
}

} // namespace

ProjectImportResult RefiImporter::importCodebook(const QString &path)
{
    const QList<RefiCode> codes = RefiCodebookParser::parse(InputFile::read(path), path);
    ProjectImportResult result;
    Transaction tx(m_library.database());
    const RefiCodeImporter::Result imported = RefiCodeImporter::import(m_library.tags(), codes);
    tx.commit();
    result.tagsCreated = imported.created;
    result.tagsMerged = imported.merged;
    return result;
}

QString RefiImporter::readInternal(ZipReader &zip, const QString &path, const QString &label)
{
    const QString entry = QStringLiteral("sources/") + path.mid(int(qstrlen("internal://")));
    if (!zip.contains(entry))
        throw Error(
            tr("%1: the project names the text file %2, which the archive does not contain.").arg(label, entry));
    return decodeUtf8(zip.read(entry), label + QLatin1Char(':') + entry);
}

QHash<QString, CodePointText> RefiImporter::readTexts(
    ZipReader &zip, const RefiProject &project, const QString &label, QStringList &warnings)
{
    QHash<QString, CodePointText> texts;
    for (const RefiSource &source : project.sources) {
        const QString name = source.label();
        if (source.kind != QLatin1String("TextSource")) {
            warnings << tr("%1: the source \"%2\" (%3) was left out: Bitext imports text sources only.")
                            .arg(label, name, source.kind);
        } else if (source.hasPlainTextContent) {
            texts.insert(source.guid, CodePointText(source.plainTextContent));
        } else if (source.plainTextPath.startsWith(QLatin1String("internal://"))) {
            texts.insert(source.guid, CodePointText(readInternal(zip, source.plainTextPath, label)));
        } else if (!source.plainTextPath.isEmpty()) {
            warnings << tr("%1: the source \"%2\" was left out: its text is a file outside the project (%3), and "
                           "only texts inside the archive are read.")
                            .arg(label, name, source.plainTextPath);
        } else {
            warnings << tr("%1: the source \"%2\" was left out: it has no plain text.").arg(label, name);
        }
    }
    return texts;
}

ProjectImportResult RefiImporter::importProject(const QString &path)
{
    ZipReader zip(path);
    if (!zip.contains(QStringLiteral("project.qde")))
        throw Error(tr("%1: the archive has no project.qde, so it is not a REFI-QDA project.").arg(path));
    const QString label = path + QStringLiteral(":project.qde");
    const RefiProject project = RefiProjectParser::parse(zip.read(QStringLiteral("project.qde")), label);
    RefiProjectChecker::check(project, label);

    ProjectImportResult result;
    const QHash<QString, CodePointText> texts = readTexts(zip, project, path, result.warnings);
    RefiBitextLayout layout;
    const QString layoutEntry = QString::fromLatin1(RefiBitextLayout::kEntry);
    if (project.isBitextExport() && zip.contains(layoutEntry))
        layout = RefiBitextLayout::parse(zip.read(layoutEntry), path + QLatin1Char(':') + layoutEntry);
    RefiDocumentBuilder builder(project, texts, label, layout.documents);
    const QList<RefiDocumentPlan> plans = builder.build();
    result.warnings << builder.warnings();

    RefiNotes notes(project, [&](const RefiNote &note) {
        if (note.hasPlainTextContent)
            return note.plainTextContent;
        if (note.plainTextPath.startsWith(QLatin1String("internal://")))
            return readInternal(zip, note.plainTextPath, path);
        return note.description;
    });
    store(project, plans, notes, layout.codePaths, result);
    const QStringList unused = notes.unused();
    if (!unused.isEmpty())
        result.warnings << tr("%1: %n note(s) belong to nothing Bitext imports (the project, pictures, sets) and "
                              "were left out: %2",
            nullptr, int(unused.size()))
                               .arg(path, unused.join(QStringLiteral(", ")));
    return result;
}

void RefiImporter::store(const RefiProject &project, const QList<RefiDocumentPlan> &plans, RefiNotes &notes,
    const QHash<QString, QString> &codePaths, ProjectImportResult &result)
{
    Transaction tx(m_library.database());
    QList<RefiCode> codes = project.codes;
    for (RefiCode &code : codes) {
        code.description = notes.forCode(code);
        code.path = codePaths.value(code.guid, code.path);
    }
    const RefiCodeImporter::Result imported = RefiCodeImporter::import(m_library.tags(), codes);
    result.tagsCreated = imported.created;
    result.tagsMerged = imported.merged;
    for (const RefiDocumentPlan &plan : plans) {
        ProjectImportResult::DocumentEntry entry;
        entry.title = plan.parsed.document.title;
        entry.segments = int(plan.parsed.segments.size());
        if (const std::optional<Document> same = m_library.documents().findByHash(plan.contentHash)) {
            entry.id = same->id;
            entry.alreadyThere = true;
            result.documents << entry;
            continue;
        }
        entry.id = m_library.documents().insert(plan.parsed);
        QStringList documentNote;
        for (const RefiSource *source : plan.sources) {
            const QString note = notes.forSource(*source);
            if (!note.isEmpty() && !documentNote.contains(note))
                documentNote << note;
        }
        if (!documentNote.isEmpty()) {
            m_library.notes().setDocumentNote(entry.id, documentNote.join(QStringLiteral("\n\n")));
            ++result.notes;
        }
        entry.quotes = storeSelections(entry.id, plan, project, imported.tagIds, notes, result);
        result.documents << entry;
    }
    tx.commit();
}

int RefiImporter::storeSelections(qint64 documentId, const RefiDocumentPlan &plan, const RefiProject &project,
    const QHash<QString, qint64> &tagIds, RefiNotes &notes, ProjectImportResult &result)
{
    QList<qint64> segmentIds;
    for (const Segment &s : m_library.documents().segments(documentId))
        segmentIds << s.id;
    // QualCoder writes one selection per code: QuoteWriter makes the selections of
    // one passage one quote with all their codes and memos.
    QuoteWriter writer(m_library, documentId);
    int quotes = 0;
    for (const RefiPlacedSelection &placed : plan.selections) {
        const RefiSelection &selection = *placed.selection;
        Annotation a = placed.annotation;
        a.startSegmentId = placed.placed ? segmentIds.value(a.startSegmentOrdinal) : 0;
        a.endSegmentId = placed.placed ? segmentIds.value(a.endSegmentOrdinal) : 0;
        QString user = selection.creatingUser;
        a.created = selection.created;
        for (const RefiCoding &coding : selection.codings) {
            a.tagIds << tagIds.value(coding.codeRef);
            if (user.isEmpty())
                user = coding.creatingUser;
            if (!a.created.isValid())
                a.created = coding.created;
        }
        a.author = project.users.value(user);
        const QString note = notes.forSelection(selection);
        if (!note.isEmpty())
            ++result.notes;
        if (!writer.add(a, note))
            continue;
        ++quotes;
        if (!placed.placed) {
            ++result.orphaned;
            result.unplaced << tr("\"%1\" (%2)").arg(a.quote.simplified().left(80), plan.parsed.document.title);
        }
    }
    result.quotes += quotes;
    return quotes;
}

} // namespace bitext
