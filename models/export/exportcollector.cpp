#include "models/export/exportcollector.h"

#include "models/core/error.h"
#include "models/export/exportprogress.h"
#include "models/export/exporttext.h"
#include "models/media/medialocation.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/noterepository.h"
#include "models/store/tagrepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace bitext {

namespace {

// A quote's time range from its segments' times: the first one's start, the last one's end,
// else the start of the segment after it (tapped times have starts only).
void quoteTimes(const QList<Segment> &segments, int first, int last, ExportQuote &quote)
{
    const Segment &from = segments.at(first);
    const Segment &to = segments.at(last);
    if (!from.startMs)
        return;
    std::optional<qint64> end = to.endMs;
    if (!end && last + 1 < segments.size())
        end = segments.at(last + 1).startMs;
    quote.startMs = from.startMs;
    if (end && *end > *from.startMs)
        quote.endMs = end;
}

// Chinese runs on without spaces; English words need one between segments.
QString joinPassage(const QStringList &parts, Side side)
{
    return parts.join(side == Side::Zh ? QString() : QStringLiteral(" "));
}

} // namespace

ExportCollector::ExportCollector(Library &library)
    : m_library(library)
{
}

ExportData ExportCollector::collect(const ExportRequest &request, ExportProgress *progress)
{
    ExportData data;
    data.request = request;
    data.exportedAt = QDateTime::currentDateTimeUtc();
    data.tags = m_library.tags().list();
    QHash<qint64, int> tagIndex;
    for (int i = 0; i < data.tags.size(); ++i)
        tagIndex.insert(data.tags.at(i).id, i);
    for (qint64 id : request.tagIds) {
        if (!tagIndex.contains(id))
            throw Error(tr("There is no tag with id %1.").arg(id));
    }
    const QList<qint64> wantedTagList = tagsBelow(request.tagIds, data.tags);
    const QSet<qint64> wantedTags(wantedTagList.begin(), wantedTagList.end());

    QList<qint64> documentIds = request.documentIds;
    if (documentIds.isEmpty()) {
        for (const DocumentSummary &summary : m_library.documents().list())
            documentIds << summary.document.id;
    }

    if (progress)
        progress->begin(ExportProgress::Phase::Collecting, int(documentIds.size()));
    QSet<QString> usedTags;
    for (qint64 documentId : documentIds) {
        ExportProgress::step(progress);
        ExportDocument document = loadDocument(documentId);
        QHash<qint64, int> segmentIndex;
        QList<int> segmentStart; // code-point offset of each segment in the side texts
        QList<int> segmentStartEn;
        int zhPos = 0;
        int enPos = 0;
        for (int i = 0; i < document.segments.size(); ++i) {
            const Segment &s = document.segments.at(i);
            segmentIndex.insert(s.id, i);
            segmentStart << zhPos;
            segmentStartEn << enPos;
            zhPos += exporttext::codePointCount(s.zh) + 1;
            enPos += exporttext::codePointCount(s.en) + 1;
        }
        QHash<qint64, QString> notes;
        for (const Note &note : m_library.notes().annotationNotes(documentId))
            notes.insert(note.annotationId, note.body);

        QList<ExportQuote> quotes;
        for (const Annotation &a : m_library.annotations().list(documentId)) {
            ExportQuote quote;
            quote.annotation = a;
            for (qint64 tagId : a.tagIds) {
                if (tagIndex.contains(tagId))
                    quote.tags << data.tags.at(tagIndex.value(tagId));
            }
            std::sort(quote.tags.begin(), quote.tags.end(),
                [&tagIndex](const Tag &x, const Tag &y) { return tagIndex.value(x.id) < tagIndex.value(y.id); });
            if (!wantedTags.isEmpty() && std::none_of(a.tagIds.begin(), a.tagIds.end(), [&wantedTags](qint64 id) {
                    return wantedTags.contains(id);
                }))
                continue;
            quote.note = notes.value(a.id);
            const Side other = a.side == Side::Zh ? Side::En : Side::Zh;
            QString passage;
            if (!a.orphaned && segmentIndex.contains(a.startSegmentId) && segmentIndex.contains(a.endSegmentId)) {
                const int first = segmentIndex.value(a.startSegmentId);
                const int last = segmentIndex.value(a.endSegmentId);
                const QList<int> &starts = a.side == Side::Zh ? segmentStart : segmentStartEn;
                quote.start = starts.at(first) + a.startOffset;
                quote.end = starts.at(last) + a.endOffset;
                quote.speaker = document.segments.at(first).speaker;
                quoteTimes(document.segments, first, last, quote);
                QStringList parts;
                for (int i = first; i <= last; ++i) {
                    const QString &t = document.segments.at(i).text(other);
                    if (!t.isEmpty())
                        parts << t;
                }
                passage = joinPassage(parts, other);
            }
            if (!request.withTranslation)
                passage.clear();
            (a.side == Side::Zh ? quote.zh : quote.en) = a.quote;
            (a.side == Side::Zh ? quote.en : quote.zh) = passage;
            for (const Tag &t : quote.tags)
                usedTags.insert(t.path);
            quotes << quote;
        }
        // A tag scope keeps only the documents it finds quotes in, the whole library
        // those with quotes or a note: a heading with nothing under it is no note.
        // Documents asked for by name are kept.
        if (quotes.isEmpty()
            && (!request.tagIds.isEmpty() || (request.documentIds.isEmpty() && document.note.trimmed().isEmpty())))
            continue;
        const int documentIndex = data.documents.size();
        for (ExportQuote &q : quotes) {
            q.documentIndex = documentIndex;
            data.quotes << q;
        }
        data.documents << document;
    }
    data.usedTagPaths = QStringList(usedTags.begin(), usedTags.end());
    data.usedTagPaths.sort();
    group(data);
    return data;
}

ExportDocument ExportCollector::loadDocument(qint64 documentId)
{
    const auto document = m_library.documents().find(documentId);
    if (!document)
        throw Error(tr("There is no document with id %1.").arg(documentId));
    ExportDocument result;
    result.document = *document;
    result.segments = m_library.documents().segments(documentId);
    result.sections = m_library.documents().sections(documentId);
    QStringList zh;
    QStringList en;
    for (const Segment &s : result.segments) {
        zh << s.zh;
        en << s.en;
        if (!s.speaker.isEmpty() && !result.speakers.contains(s.speaker))
            result.speakers << s.speaker;
    }
    result.zhText = zh.join(QLatin1Char('\n'));
    result.enText = en.join(QLatin1Char('\n'));
    if (const auto note = m_library.notes().forDocument(documentId))
        result.note = note->body;
    result.mediaFile = MediaLocation::resolve(m_library, document->mediaPath);
    return result;
}

QList<qint64> ExportCollector::tagsBelow(const QList<qint64> &roots, const QList<Tag> &tags) const
{
    // Tags come parents first, so one pass finds every descendant.
    QList<qint64> result = roots;
    for (const Tag &t : tags) {
        if (result.contains(t.parentId) && !result.contains(t.id))
            result << t.id;
    }
    return result;
}

void ExportCollector::group(ExportData &data) const
{
    if (data.request.grouping == ExportGrouping::ByDocument) {
        for (int d = 0; d < data.documents.size(); ++d) {
            ExportGroup g;
            g.title = data.documents.at(d).document.title;
            g.documentIndex = d;
            for (int q = 0; q < data.quotes.size(); ++q) {
                if (data.quotes.at(q).documentIndex == d)
                    g.quotes << q;
            }
            data.groups << g;
        }
        return;
    }
    const QList<qint64> wanted = tagsBelow(data.request.tagIds, data.tags);
    for (const Tag &tag : data.tags) {
        if (!data.request.tagIds.isEmpty() && !wanted.contains(tag.id))
            continue;
        ExportGroup g;
        g.title = tag.path;
        g.color = tag.color;
        for (int q = 0; q < data.quotes.size(); ++q) {
            if (data.quotes.at(q).annotation.tagIds.contains(tag.id))
                g.quotes << q;
        }
        if (!g.quotes.isEmpty())
            data.groups << g;
    }
    ExportGroup untagged;
    untagged.title = tr("Untagged");
    for (int q = 0; q < data.quotes.size(); ++q) {
        if (data.quotes.at(q).tags.isEmpty())
            untagged.quotes << q;
    }
    if (!untagged.quotes.isEmpty())
        data.groups << untagged;
}

} // namespace bitext
