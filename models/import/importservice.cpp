#include "models/import/importservice.h"

#include "models/annotate/anchor.h"
#include "models/annotate/sidetext.h"
#include "models/core/error.h"
#include "models/import/documentparser.h"
#include "models/import/formatdetector.h"
#include "models/import/importpipeline.h"
#include "models/import/projectimporter.h"
#include "models/import/speakergloss.h"
#include "models/media/medialocation.h"
#include "models/media/mediarepository.h"
#include "models/store/annotationrepository.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/speakerrepository.h"
#include "models/text/textdecoder.h"

#include <QHash>

#include <memory>
#include <new>

namespace bitext {

ImportService::ImportService(Library &library)
    : m_library(library)
{
}

QStringList ImportService::formatNames()
{
    return DocumentParser::formatNames() + ProjectImporter::formatNames();
}

ParsedDocument ImportService::parseBytes(
    const QByteArray &bytes, const QString &fileName, const QString &format, ImportMonitor *monitor)
{
    const TextDecoder::Result decoded = TextDecoder::decode(bytes, fileName);
    const QString name = format.isEmpty() ? FormatDetector::detect(decoded.text, fileName) : format;
    const std::unique_ptr<DocumentParser> parser = DocumentParser::create(name);
    if (!parser)
        throw Error(tr("%1: unknown format \"%2\"; the formats are: %3.")
                        .arg(fileName, name, DocumentParser::formatNames().join(QStringLiteral(", "))));
    ParsedDocument parsed = parser->parse(decoded.text, fileName, monitor);
    parsed.document.encoding = decoded.encoding;
    return parsed;
}

QList<ImportResult> ImportService::importFiles(const QStringList &paths, const Options &options)
{
    QList<ImportResult> results;
    if (paths.size() < 2) {
        for (const QString &path : paths)
            results << importFile(path, options);
        return results;
    }
    // Two stages on the two cores: the pipeline's thread reads and parses the next
    // file while this one stores the current; results, messages and progress come
    // here in file order, as they would one file at a time.
    ImportPipeline pipeline(paths, options.format, options.cancel);
    for (const QString &path : paths)
        results << importFrom(path, options, pipeline.next());
    return results;
}

QList<ImportResult> ImportService::importWithOwnLibrary(
    const QString &libraryPath, const QStringList &paths, const Options &options)
{
    std::unique_ptr<Library> library;
    try {
        library = Library::open(libraryPath);
    } catch (const Error &e) {
        QList<ImportResult> results;
        for (const QString &path : paths) {
            ImportResult r;
            r.file = path;
            r.message = e.message();
            results << r;
        }
        return results;
    }
    ImportService service(*library);
    return service.importFiles(paths, options);
}

ImportResult ImportService::importFile(const QString &path, const Options &options)
{
    ImportFileReader reader(path, options.format);
    return importFrom(path, options, reader);
}

ImportResult ImportService::importFrom(const QString &path, const Options &options, ImportFileSource &source)
{
    ImportResult result;
    result.file = path;
    ImportMonitor monitor(options.onProgress, options.cancel);
    monitor.setFile(path);
    try {
        if (source.isProject())
            return importProject(path, options.format);
        const QString hash = source.hash(monitor);
        if (const auto same = m_library.documents().findByHash(hash)) {
            result.status = ImportResult::Status::SkippedDuplicate;
            result.documentId = same->id;
            result.title = same->title;
            result.format = same->format;
            result.encoding = same->encoding;
            result.languages = same->languages;
            result.segments = m_library.documents().segmentCount(same->id);
            result.message
                = tr("%1: already in the library as document %2 (same content); skipped.").arg(path).arg(same->id);
            return result;
        }

        ParsedDocument parsed = source.parse(monitor);
        parsed.document.contentHash = hash;
        return store(std::move(parsed), options, monitor, result);
    } catch (const ImportCancelled &e) {
        result.status = ImportResult::Status::Cancelled;
        result.message = QStringLiteral("%1: %2").arg(path, e.message());
    } catch (const Error &e) {
        result.status = ImportResult::Status::Failed;
        result.message = e.message();
    } catch (const std::bad_alloc &) {
        result.status = ImportResult::Status::Failed;
        result.message = tr("%1: not enough memory to import this file.").arg(path);
    }
    result.documentId = 0;
    return result;
}

ImportResult ImportService::importProject(const QString &path, const QString &format)
{
    ImportResult result;
    result.file = path;
    const ProjectImportResult project = ProjectImporter::importFile(m_library, path, format);
    result.format = project.format;
    if (project.failed) {
        result.status = ImportResult::Status::Failed;
        result.message = project.error;
    } else {
        result.status = ImportResult::Status::Imported;
        if (!project.documents.isEmpty()) {
            result.documentId = project.documents.first().id;
            result.title = project.documents.first().title;
        }
        for (const ProjectImportResult::DocumentEntry &d : project.documents)
            result.segments += d.segments;
        result.orphaned = project.orphaned;
        result.message = project.summary();
    }
    result.project = project;
    return result;
}

ImportResult ImportService::store(
    ParsedDocument parsed, const Options &options, ImportMonitor &monitor, ImportResult result)
{
    const Document &d = parsed.document;
    result.title = d.title;
    result.format = d.format;
    result.encoding = d.encoding;
    result.languages = d.languages;
    result.segments = int(parsed.segments.size());

    // A title made from the text says nothing of which document this is.
    const auto previous
        = m_library.documents().findPreviousVersion(d.sourceFile, parsed.titleFromContent ? QString() : d.title);
    if (previous && !options.replace) {
        result.status = ImportResult::Status::ChangedVersionExists;
        result.documentId = previous->id;
        result.message = tr("%1: a different version of this document is already in the library as document %2 "
                            "(\"%3\"); nothing was imported. Import with --replace to update it.")
                             .arg(result.file)
                             .arg(previous->id)
                             .arg(previous->title);
        return result;
    }

    // The talk's recording beside the transcript, e.g. interview.md and interview.mp3; a
    // replaced document keeps the media file someone chose for it.
    const QString media = MediaLocation::besideTranscript(result.file);
    const bool attachMedia = !media.isEmpty() && (!previous || previous->mediaPath.isEmpty());
    if (attachMedia)
        parsed.document.mediaPath = MediaLocation::storedPath(m_library, media);

    Database &db = m_library.database();
    const int total = int(parsed.segments.size());
    monitor.checkpoint(ImportProgress::Phase::Storing, 0, total, true);
    Transaction tx(db);
    resolveSpeakers(parsed);
    for (const Segment &s : std::as_const(parsed.segments))
        if (!s.speaker.isEmpty() && !result.speakers.contains(s.speaker))
            result.speakers << s.speaker;
    if (previous) {
        result.documentId = previous->id;
        const QList<Annotation> annotations = m_library.annotations().list(previous->id);
        m_library.documents().replaceText(previous->id, parsed);
        Document metadata = parsed.document;
        metadata.id = previous->id;
        m_library.documents().updateMetadata(metadata);
        reanchorAnnotations(previous->id, annotations, result);
        if (attachMedia)
            MediaRepository(m_library).attach(previous->id, media);
        result.status = ImportResult::Status::Replaced;
        result.message = tr("%1: replaced the text of document %2; %3 kept, %4 orphaned.")
                             .arg(result.file)
                             .arg(previous->id)
                             .arg(tr("%n annotation(s)", nullptr, result.reanchored))
                             .arg(result.orphaned);
    } else {
        result.documentId = m_library.documents().insert(parsed);
        result.status = ImportResult::Status::Imported;
    }
    // The last chance to cancel: after this, the import is whole.
    monitor.checkpoint(ImportProgress::Phase::Storing, total, total, true);
    tx.commit();
    if (attachMedia)
        result.media = media;
    monitor.checkpoint(ImportProgress::Phase::Done, total, total, true);
    return result;
}

void ImportService::resolveSpeakers(ParsedDocument &parsed)
{
    // A glossed name ("阿曼達·阿斯凱爾（Amanda Askell）") is one person under two names:
    // find them by either, else create the speaker under the document's name with the
    // Latin form as alias. Plain names are resolved by DocumentRepository::insert.
    SpeakerRepository &speakers = m_library.speakers();
    QHash<QString, QPair<qint64, QString>> resolved;
    for (Segment &s : parsed.segments) {
        if (!SpeakerGloss::isGlossedName(s.speaker))
            continue;
        auto it = resolved.constFind(s.speaker);
        if (it == resolved.constEnd()) {
            const QString name = SpeakerGloss::primaryName(s.speaker);
            const QString alias = SpeakerGloss::alias(s.speaker);
            std::optional<Speaker> speaker = speakers.findByName(name);
            if (!speaker)
                speaker = speakers.findByName(alias);
            if (!speaker) {
                const qint64 id = speakers.create(name);
                speakers.setAliases(id, QStringList {alias});
                speaker = speakers.find(id);
            } else {
                QStringList aliases = speaker->aliases;
                for (const QString &n : {name, alias})
                    if (n != speaker->name && !aliases.contains(n))
                        aliases << n;
                if (aliases != speaker->aliases)
                    speakers.setAliases(speaker->id, aliases);
            }
            it = resolved.insert(s.speaker, qMakePair(speaker->id, speaker->name));
        }
        s.speakerId = it->first;
        s.speaker = it->second;
    }
}

void ImportService::reanchorAnnotations(qint64 documentId, const QList<Annotation> &annotations, ImportResult &result)
{
    const QList<Segment> segments = m_library.documents().segments(documentId);
    const SideText zh(segments, Side::Zh);
    const SideText en(segments, Side::En);
    for (const Annotation &old : annotations) {
        const SideText &text = old.side == Side::Zh ? zh : en;
        Annotation a = Anchor::reanchored(text, old, Anchor::resolve(text, old));
        if (a.orphaned) {
            // Kept with its quote, context and tags, for the user to place by hand; its
            // old segments are gone.
            a.startSegmentId = 0;
            a.endSegmentId = 0;
            ++result.orphaned;
        } else {
            ++result.reanchored;
        }
        m_library.annotations().update(a);
    }
}

} // namespace bitext
