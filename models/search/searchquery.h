#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace bitext {

// A run of consecutive tokens the user asked for: a word, a Chinese string or a
// "quoted phrase"; with `prefix` the last token may be the start of a word.
struct QueryPhrase
{
    QStringList tokens;
    bool prefix = false;
};

// A parsed user query: words, "quoted phrases", prefix*, AND/OR/NOT and
// parentheses, implicit AND between terms. Every term is folded like indexed text
// and written quoted into the FTS5 expression, so no user input can produce an
// FTS5 syntax error or inject FTS5 syntax.
class SearchQuery
{
public:
    static SearchQuery parse(const QString &input);

    // Nothing searchable (empty input, only punctuation, or an invalid NOT).
    bool isEmpty() const { return m_expression.isEmpty(); }
    // The FTS5 MATCH expression.
    const QString &ftsExpression() const { return m_expression; }
    // The same query as PostgreSQL tsquery text (for to_tsquery('simple', ...)),
    // over the same folded tokens: phrases as <->, prefixes as :*.
    const QString &tsQuery() const { return m_tsQuery; }
    // How PostgreSQL's index stores a barrier token: a word no query term can produce
    // (the parser would drop the private-use character and join across punctuation).
    static QString tsBarrierWord();
    // The phrases whose occurrences should be marked (those not under NOT).
    const QList<QueryPhrase> &highlightPhrases() const { return m_highlight; }
    // Why a non-empty input searches nothing, for the user; empty when all is well.
    const QString &problem() const { return m_problem; }

private:
    struct Node
    {
        enum Type { Phrase, And, Or, Not } type = Phrase;
        QueryPhrase phrase;
        std::vector<Node> children;
    };
    class Parser;

    static QString render(const Node &node);
    static QString renderTsQuery(const Node &node);
    static void collectHighlights(const Node &node, QList<QueryPhrase> &out);

    QString m_expression;
    QString m_tsQuery;
    QList<QueryPhrase> m_highlight;
    QString m_problem;
};

} // namespace bitext
