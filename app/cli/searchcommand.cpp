#include "app/cli/searchcommand.h"

#include "app/cli/documentref.h"
#include "models/core/error.h"
#include "models/search/librarysearch.h"
#include "models/search/searchquery.h"
#include "models/store/library.h"
#include "models/store/speakerrepository.h"
#include "models/store/tagrepository.h"

#include <QJsonArray>

namespace bitext::cli {

namespace {

// JSON consumers count code points, QString counts UTF-16 units.
int codePoints(const QString &text, int units)
{
    int count = 0;
    for (int i = 0; i < units && i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate())
            ++count;
    }
    return count;
}

QJsonObject resultJson(const SearchResult &r)
{
    QJsonArray hits;
    for (const TextRange &hit : r.snippetHits) {
        const int start = codePoints(r.snippet, hit.start);
        hits.append(QJsonObject{{QStringLiteral("start"), start},
                                {QStringLiteral("length"), codePoints(r.snippet, hit.start + hit.length) - start}});
    }
    return QJsonObject{
        {QStringLiteral("document"), r.documentTitle},
        {QStringLiteral("document_id"), r.documentId},
        {QStringLiteral("segment"), r.segmentOrdinal >= 0 ? QJsonValue(r.segmentOrdinal) : QJsonValue()},
        {QStringLiteral("side"), r.side ? QJsonValue(sideName(*r.side)) : QJsonValue()},
        {QStringLiteral("speaker"), r.speaker.isEmpty() ? QJsonValue() : QJsonValue(r.speaker)},
        {QStringLiteral("snippet"), r.snippet},
        {QStringLiteral("hits"), hits},
        {QStringLiteral("source"), searchSourceName(r.source)},
    };
}

QString marked(const SearchResult &r)
{
    QString text;
    int from = 0;
    for (const TextRange &hit : r.snippetHits) {
        text += r.snippet.mid(from, hit.start - from) + QLatin1Char('[') + r.snippet.mid(hit.start, hit.length)
            + QLatin1Char(']');
        from = hit.start + hit.length;
    }
    return text + r.snippet.mid(from);
}

} // namespace

QString SearchCommand::summary() const
{
    return tr("Search the library: Chinese (Simplified or Traditional) and English, \"phrases\", prefix*, AND/OR/NOT");
}

void SearchCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("document"), tr("Only this document (id or title)."), tr("DOC")});
    parser.addOption({QStringLiteral("speaker"), tr("Only segments of this speaker (name or alias)."), tr("NAME")});
    parser.addOption({QStringLiteral("tag"), tr("Only text covered by quotes with this tag or one below it."), tr("TAG")});
    parser.addOption({QStringLiteral("side"), tr("Only this side: zh or en."), tr("SIDE")});
    parser.addOption({QStringLiteral("limit"), tr("At most this many results (default 200)."), tr("N"),
                      QStringLiteral("200")});
}

int SearchCommand::run(CommandContext &context)
{
    QCommandLineParser &parser = context.parser();
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        throw UsageProblem(tr("expects a QUERY, e.g. bitext search 对齐"));
    const SearchQuery query = SearchQuery::parse(args.join(QLatin1Char(' ')));
    if (query.isEmpty())
        throw UsageProblem(query.problem().isEmpty() ? tr("the query has no word to search for.") : query.problem());

    SearchFilter filter;
    bool ok = false;
    filter.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || filter.limit <= 0)
        throw UsageProblem(tr("--limit expects a positive number."));
    if (parser.isSet(QStringLiteral("side"))) {
        filter.side = sideFromName(parser.value(QStringLiteral("side")));
        if (!filter.side)
            throw UsageProblem(tr("--side expects zh or en."));
    }
    Library &library = context.library();
    if (parser.isSet(QStringLiteral("document")))
        filter.documentId = resolveDocument(library, parser.value(QStringLiteral("document"))).id;
    if (parser.isSet(QStringLiteral("speaker"))) {
        const QString name = parser.value(QStringLiteral("speaker")).trimmed();
        const auto speaker = library.speakers().findByName(name);
        if (!speaker)
            throw Error(tr("There is no speaker '%1'.").arg(name));
        filter.speakerId = speaker->id;
    }
    if (parser.isSet(QStringLiteral("tag"))) {
        const QString path = parser.value(QStringLiteral("tag")).trimmed();
        const auto tag = library.tags().findByPath(path);
        if (!tag)
            throw Error(tr("There is no tag '%1'. `bitext tags` lists them.").arg(path));
        filter.tagId = tag->id;
    }

    const QList<SearchResult> results = LibrarySearch(library.database()).search(query, filter);
    if (context.json()) {
        QJsonArray array;
        for (const SearchResult &r : results)
            array.append(resultJson(r));
        context.printJson(array);
        return Success;
    }
    QTextStream &out = context.out();
    for (const SearchResult &r : results) {
        out << r.documentTitle;
        if (r.segmentOrdinal >= 0)
            out << " #" << r.segmentOrdinal;
        if (r.source != SearchSource::Segment)
            out << " (" << searchSourceName(r.source) << ')';
        if (r.side)
            out << ' ' << sideName(*r.side);
        if (!r.speaker.isEmpty())
            out << ' ' << r.speaker;
        out << ": " << marked(r) << '\n';
    }
    if (results.isEmpty())
        context.err() << tr("No matches.") << '\n';
    else if (results.size() >= filter.limit)
        context.err() << tr("Showing the first %1 results; --limit N shows more.").arg(filter.limit) << '\n';
    return Success;
}

} // namespace bitext::cli
