// libFuzzer target: the search query parser. Its promise is checked on SQLite: no
// input gives an FTS5 expression that FTS5 refuses (a syntax error or injection).
#include "models/search/searchquery.h"
#include "tests/fuzz/fuzzinput.h"

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

namespace {

// An in-memory FTS5 table with the tokenizer the library uses (SqliteDialect).
sqlite3_stmt *matchStatement()
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK
        || sqlite3_exec(db,
               "CREATE VIRTUAL TABLE search_text USING fts5(body, tokenize = 'unicode61 remove_diacritics 0 "
               "categories ''L* N* Co M*''');"
               "INSERT INTO search_text (body) VALUES ('a b c');",
               nullptr, nullptr, nullptr)
            != SQLITE_OK)
        std::abort();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM search_text WHERE search_text MATCH ?", -1, &statement, nullptr)
        != SQLITE_OK)
        std::abort();
    return statement;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace bitext;
    static sqlite3_stmt *const statement = matchStatement();
    const SearchQuery query = SearchQuery::parse(fuzz::text(data, size));
    if (query.isEmpty())
        return 0;
    const QByteArray expression = query.ftsExpression().toUtf8();
    sqlite3_bind_text(statement, 1, expression.constData(), int(expression.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(statement);
    if (rc != SQLITE_ROW) {
        std::fprintf(stderr, "FTS5 refused the expression: %s\n%s\n", sqlite3_errmsg(sqlite3_db_handle(statement)),
            expression.constData());
        std::abort();
    }
    sqlite3_reset(statement);
    return 0;
}
