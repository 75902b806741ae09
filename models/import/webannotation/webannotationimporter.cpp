#include "models/import/webannotation/webannotationimporter.h"

#include "models/core/error.h"
#include "models/core/inputfile.h"
#include "models/export/webannotationexporter.h"
#include "models/import/quoteplacer.h"
#include "models/import/quotewriter.h"
#include "models/import/webannotation/webannotationreader.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"

#include <QUrl>

#include <memory>

namespace bitext {

namespace {

QString comparableUrl(const QString &text)
{
    QUrl url(text.trimmed());
    if (!url.isValid() || !(url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
        return {};
    url.setFragment(QString());
    QString result = url.toString(QUrl::NormalizePathSegments);
    while (result.endsWith(QLatin1Char('/')))
        result.chop(1);
    return result;
}

// " Risk / Misuse" -> "Risk/Misuse", as the codebook stores paths; empty for no name.
QString tagPath(const QString &tag)
{
    QStringList parts;
    for (const QString &part : tag.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(QLatin1Char('/'));
}

} // namespace

QString WebAnnotationImporter::describe(const WebAnnotationItem &item)
{
    QString quote = item.exact.simplified();
    if (quote.size() > 80)
        quote = quote.left(79) + QChar(0x2026);
    const QString where = !item.sourceTitle.isEmpty() ? item.sourceTitle
        : !item.scope.isEmpty()                       ? item.scope
                                                      : item.source;
    return quote.isEmpty() ? tr("the annotation %1 (%2)").arg(item.id, where) : tr("\"%1\" (%2)").arg(quote, where);
}

QList<QPair<Document, std::optional<Side>>> WebAnnotationImporter::candidates(
    const WebAnnotationItem &item, const QList<Document> &documents) const
{
    QList<QPair<Document, std::optional<Side>>> result;
    // Bitext's own export names a document side by an id derived from the document's
    // id; another library may use that id for another document, so the title must agree.
    for (const Document &d : documents) {
        for (const Side side : {Side::Zh, Side::En}) {
            if (WebAnnotationExporter::sourceId(d, side) == item.source
                && (item.sourceTitle.isEmpty() || item.sourceTitle == d.title))
                return {qMakePair(d, std::optional<Side>(side))};
        }
    }
    if (!item.sourceTitle.trimmed().isEmpty()) {
        for (const Document &d : documents) {
            if (d.title.trimmed() == item.sourceTitle.trimmed())
                result << qMakePair(d, item.side);
        }
        if (!result.isEmpty())
            return result;
    }
    for (const QString &candidate : {item.source, item.scope}) {
        const QString url = comparableUrl(candidate);
        for (const Document &d : documents) {
            if (!url.isEmpty() && comparableUrl(d.sourceUrl) == url)
                result << qMakePair(d, item.side);
        }
        if (!result.isEmpty())
            return result;
    }
    return result;
}

ProjectImportResult WebAnnotationImporter::importFile(const QString &path)
{
    const QList<WebAnnotationItem> items = WebAnnotationReader::parse(InputFile::read(path), path);

    ProjectImportResult result;
    QList<Document> documents;
    for (const DocumentSummary &summary : m_library.documents().list())
        documents << summary.document;
    QHash<qint64, std::shared_ptr<QuotePlacer>> placers;
    QHash<qint64, std::shared_ptr<QuoteWriter>> writers;
    QHash<qint64, int> entryOf; // document id -> index into result.documents
    Transaction tx(m_library.database());
    for (const WebAnnotationItem &item : items) {
        if (item.exact.isEmpty()) {
            result.unplaced << tr("%1: it has no TextQuoteSelector to find its text by.").arg(describe(item));
            continue;
        }
        const auto candidates = this->candidates(item, documents);
        if (candidates.isEmpty()) {
            result.unplaced << tr("%1: no document in the library has this source, title or URL.").arg(describe(item));
            continue;
        }
        QList<QPair<Document, Annotation>> found;
        for (const auto &candidate : candidates) {
            const qint64 id = candidate.first.id;
            if (!placers.contains(id))
                placers.insert(id, std::make_shared<QuotePlacer>(m_library.documents().segments(id)));
            QuotePlacer::Request request;
            request.side = candidate.second;
            request.quote = item.exact;
            request.prefix = item.prefix;
            request.suffix = item.suffix;
            request.start = item.start;
            request.end = item.end;
            if (const std::optional<Annotation> a = placers.value(id)->place(request, id))
                found << qMakePair(candidate.first, *a);
        }
        if (found.size() != 1) {
            result.unplaced << (found.isEmpty() ? tr("%1: the quote is not in the document, or not in one place only.")
                                                : tr("%1: the quote fits %n documents.", nullptr, int(found.size())))
                                   .arg(describe(item));
            continue;
        }
        const Document &document = found.first().first;
        Annotation a = found.first().second;
        for (const QString &tag : item.tags) {
            const QString path = tagPath(tag);
            if (path.isEmpty())
                continue;
            if (!m_library.tags().findByPath(path))
                ++result.tagsCreated;
            a.tagIds << m_library.tags().ensurePath(path);
        }
        a.author = item.author;
        a.created = item.created;
        a.modified = item.modified;
        if (!writers.contains(document.id))
            writers.insert(document.id, std::make_shared<QuoteWriter>(m_library, document.id));
        if (!entryOf.contains(document.id)) {
            entryOf.insert(document.id, int(result.documents.size()));
            ProjectImportResult::DocumentEntry entry;
            entry.id = document.id;
            entry.title = document.title;
            entry.segments = placers.value(document.id)->text(Side::Zh).segmentCount();
            result.documents << entry;
        }
        const QString note = item.notes.join(QStringLiteral("\n\n"));
        if (!note.isEmpty())
            ++result.notes;
        if (writers.value(document.id)->add(a, note)) {
            ++result.quotes;
            ++result.documents[entryOf.value(document.id)].quotes;
        }
    }
    tx.commit();
    return result;
}

} // namespace bitext
