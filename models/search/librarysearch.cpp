#include "models/search/librarysearch.h"

#include "models/search/searchhighlighter.h"
#include "models/search/searchindex.h"
#include "models/store/database.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace bitext {

QList<SearchResult> LibrarySearch::searchOwnConnection(
    const QString &libraryPath, const SearchQuery &query, const SearchFilter &filter)
{
    const std::unique_ptr<Database> db = Database::open(libraryPath);
    return LibrarySearch(*db).search(query, filter);
}

namespace {

// Entries joined to what they stand for. An annotation or a note on one is shown
// at the annotation's first segment, with that segment's (current) speaker.
const QString kSelect = QStringLiteral(
    "SELECT e.kind, e.owner_id, e.document_id, e.side, d.title, seg.id, seg.ordinal, sp.name, a.id, n.id, "
    "%1 FROM search_text "
    "JOIN search_entries e ON e.id = search_text.rowid "
    "JOIN documents d ON d.id = e.document_id "
    "LEFT JOIN notes n ON e.kind = 2 AND n.id = e.owner_id "
    "LEFT JOIN annotations a ON a.id = (CASE e.kind WHEN 1 THEN e.owner_id WHEN 2 THEN n.annotation_id END) "
    "LEFT JOIN segments seg ON seg.id = (CASE e.kind WHEN 0 THEN e.owner_id ELSE a.start_segment_id END) "
    "LEFT JOIN speakers sp ON sp.id = seg.speaker_id "
    "WHERE ")
                            .arg(SearchIndex::entryTextSql());

// A segment counts as tagged when an annotation with the tag (or one below it)
// covers it; a quote or its note when its annotation has the tag.
const QString kTagTree = QStringLiteral(
    "WITH RECURSIVE tag_tree(id) AS (SELECT CAST(? AS INTEGER) UNION SELECT t.id FROM tags t JOIN tag_tree tt ON t.parent_id = tt.id) ");
const QString kTagCondition = QStringLiteral(
    " AND ((e.kind IN (1, 2) AND EXISTS (SELECT 1 FROM annotation_tags at1 WHERE at1.annotation_id = a.id "
    "AND at1.tag_id IN (SELECT id FROM tag_tree))) "
    "OR (e.kind = 0 AND EXISTS (SELECT 1 FROM annotations ta JOIN annotation_tags at2 ON at2.annotation_id = ta.id "
    "JOIN segments s1 ON s1.id = ta.start_segment_id JOIN segments s2 ON s2.id = ta.end_segment_id "
    "WHERE ta.document_id = e.document_id AND at2.tag_id IN (SELECT id FROM tag_tree) "
    "AND seg.ordinal BETWEEN s1.ordinal AND s2.ordinal)))");

SearchSource sourceOf(int kind)
{
    switch (kind) {
    case SearchIndex::AnnotationQuote:
        return SearchSource::Annotation;
    case SearchIndex::NoteBody:
        return SearchSource::Note;
    case SearchIndex::DocumentTitle:
        return SearchSource::Title;
    default:
        return SearchSource::Segment;
    }
}

} // namespace

LibrarySearch::LibrarySearch(Database &db)
    : m_db(db)
{
}

QList<SearchResult> LibrarySearch::search(const QString &query, const SearchFilter &filter)
{
    return search(SearchQuery::parse(query), filter);
}

QList<SearchResult> LibrarySearch::search(const SearchQuery &query, const SearchFilter &filter)
{
    if (query.isEmpty() || filter.limit <= 0)
        return {};
    QString sql = kSelect + m_db.dialect().searchCondition();
    QVariantList values;
    if (filter.tagId > 0) {
        sql.prepend(kTagTree);
        values << filter.tagId;
    }
    values << m_db.dialect().searchValue(query);
    if (filter.documentId > 0) {
        sql += QStringLiteral(" AND e.document_id = ?");
        values << filter.documentId;
    }
    if (filter.side) {
        sql += QStringLiteral(" AND e.side = ?");
        values << sideName(*filter.side);
    }
    if (filter.speakerId > 0) {
        sql += QStringLiteral(" AND seg.speaker_id = ?");
        values << filter.speakerId;
    }
    if (filter.tagId > 0)
        sql += kTagCondition;
    sql += QStringLiteral(" ORDER BY search_text.rowid LIMIT ?");
    values << filter.limit;

    QSqlQuery q = m_db.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    m_db.exec(q);

    const SearchHighlighter highlighter(query);
    QList<SearchResult> results;
    while (q.next()) {
        SearchResult r;
        r.source = sourceOf(q.value(0).toInt());
        r.documentId = q.value(2).toLongLong();
        r.side = sideFromName(q.value(3).toString());
        r.documentTitle = q.value(4).toString();
        r.segmentId = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
        r.segmentOrdinal = q.value(6).isNull() ? -1 : q.value(6).toInt();
        r.speaker = q.value(7).toString();
        r.annotationId = q.value(8).isNull() ? 0 : q.value(8).toLongLong();
        r.noteId = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
        r.text = q.value(10).toString();
        r.hits = highlighter.hits(r.text);
        const SearchHighlighter::Snippet snippet = SearchHighlighter::snippet(r.text, r.hits);
        r.snippet = snippet.text;
        r.snippetHits = snippet.hits;
        results << r;
    }
    return results;
}

} // namespace bitext
