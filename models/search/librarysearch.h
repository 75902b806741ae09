#pragma once

#include "models/search/searchquery.h"
#include "models/search/searchresult.h"

#include <QList>

namespace bitext {

class Database;

// Runs user queries against the full-text index of a library: both sides of every
// segment, annotation quotes, notes and document titles, with filters read from
// the live tables (so a speaker merge or a new tag counts at once).
class LibrarySearch
{
public:
    explicit LibrarySearch(Database &db);

    // In library order (document, then position); at most filter.limit results.
    QList<SearchResult> search(const QString &query, const SearchFilter &filter = SearchFilter());
    QList<SearchResult> search(const SearchQuery &query, const SearchFilter &filter = SearchFilter());

    // The same search on a connection of its own to the library file, for a worker
    // thread (connections belong to the thread that opened them). Throws Error.
    static QList<SearchResult> searchOwnConnection(
        const QString &libraryPath, const SearchQuery &query, const SearchFilter &filter = SearchFilter());

private:
    Database &m_db;
};

} // namespace bitext
