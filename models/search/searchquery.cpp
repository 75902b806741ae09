#include "models/search/searchquery.h"

#include "models/search/searchtokenizer.h"
#include "models/search/textnormalizer.h"

#include <QCoreApplication>

#include <optional>

namespace bitext {

namespace {

struct Lexeme
{
    enum Kind { Term, Quoted, And, Or, Not, Open, Close } kind = Term;
    QString text;
    bool prefix = false;
};

bool isQuote(QChar c)
{
    return c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0xFF02);
}

QList<Lexeme> lex(const QString &input)
{
    QList<Lexeme> result;
    const int n = int(input.size());
    int i = 0;
    while (i < n) {
        const QChar c = input.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            result.append(Lexeme{c == QLatin1Char('(') ? Lexeme::Open : Lexeme::Close, {}, false});
            ++i;
        } else if (isQuote(c)) {
            int j = i + 1;
            while (j < n && !isQuote(input.at(j)))
                ++j;
            Lexeme quoted{Lexeme::Quoted, input.mid(i + 1, j - i - 1), false};
            i = j < n ? j + 1 : n; // an unclosed quote runs to the end
            if (i < n && input.at(i) == QLatin1Char('*')) {
                quoted.prefix = true;
                ++i;
            }
            result.append(quoted);
        } else {
            int j = i;
            while (j < n && !input.at(j).isSpace() && !isQuote(input.at(j)) && input.at(j) != QLatin1Char('(')
                   && input.at(j) != QLatin1Char(')'))
                ++j;
            QString word = input.mid(i, j - i);
            i = j;
            // Operators are upper case, as in FTS5; "and" is an ordinary word.
            if (word == QLatin1String("AND")) {
                result.append(Lexeme{Lexeme::And, {}, false});
            } else if (word == QLatin1String("OR")) {
                result.append(Lexeme{Lexeme::Or, {}, false});
            } else if (word == QLatin1String("NOT")) {
                result.append(Lexeme{Lexeme::Not, {}, false});
            } else {
                bool prefix = false;
                while (word.endsWith(QLatin1Char('*'))) {
                    word.chop(1);
                    prefix = true;
                }
                result.append(Lexeme{Lexeme::Term, word, prefix});
            }
        }
    }
    return result;
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

// Recursive descent with FTS5's precedence: NOT binds tighter than AND, AND
// tighter than OR. Empty operands (terms that fold to nothing) drop out.
class SearchQuery::Parser
{
public:
    explicit Parser(QList<Lexeme> lexemes) : m_lexemes(std::move(lexemes)) {}

    Node parseAll(QString &problem)
    {
        Node root = parseOr();
        // Stray closing parentheses: skip them and keep going.
        while (m_pos < m_lexemes.size()) {
            ++m_pos;
            Node more = parseOr();
            root = combine(Node::And, std::move(root), std::move(more));
        }
        problem = m_problem;
        return root;
    }

private:
    static bool isEmpty(const Node &node) { return node.type == Node::Phrase && node.phrase.tokens.isEmpty(); }

    static Node combine(Node::Type type, Node left, Node right)
    {
        if (isEmpty(left))
            return right;
        if (isEmpty(right))
            return left;
        Node node;
        node.type = type;
        node.children.push_back(std::move(left));
        node.children.push_back(std::move(right));
        return node;
    }

    bool at(Lexeme::Kind kind) const { return m_pos < m_lexemes.size() && m_lexemes.at(m_pos).kind == kind; }

    Node parseOr()
    {
        Node left = parseAnd();
        while (at(Lexeme::Or)) {
            ++m_pos;
            left = combine(Node::Or, std::move(left), parseAnd());
        }
        return left;
    }

    Node parseAnd()
    {
        Node left = parseNot();
        while (m_pos < m_lexemes.size() && !at(Lexeme::Or) && !at(Lexeme::Close)) {
            if (at(Lexeme::And))
                ++m_pos;
            if (at(Lexeme::Not)) { // "a AND NOT b" is "a NOT b"
                ++m_pos;
                left = makeNot(std::move(left), parsePrimary());
                continue;
            }
            left = combine(Node::And, std::move(left), parseNot());
        }
        return left;
    }

    Node parseNot()
    {
        Node left = parsePrimary();
        while (at(Lexeme::Not)) {
            ++m_pos;
            left = makeNot(std::move(left), parsePrimary());
        }
        return left;
    }

    Node makeNot(Node left, Node right)
    {
        if (isEmpty(left)) {
            // FTS5 has no "everything except": NOT needs a term before it.
            m_problem = QCoreApplication::translate("SearchQuery", "NOT needs a term before it, as in: a NOT b.");
            return left;
        }
        if (isEmpty(right))
            return left;
        Node node;
        node.type = Node::Not;
        node.children.push_back(std::move(left));
        node.children.push_back(std::move(right));
        return node;
    }

    Node parsePrimary()
    {
        Node node;
        if (m_pos >= m_lexemes.size())
            return node;
        const Lexeme &lexeme = m_lexemes.at(m_pos);
        switch (lexeme.kind) {
        case Lexeme::Open:
            ++m_pos;
            // Deeper groups are read as if their "(" were not there: FTS5's parser
            // refuses an expression nested about 32 groups deep, and each level here
            // may add three (OR, AND, NOT); the recursion stays bounded too.
            if (m_depth >= kMaxGroupDepth)
                return node;
            ++m_depth;
            node = parseOr();
            --m_depth;
            if (at(Lexeme::Close))
                ++m_pos;
            return node;
        case Lexeme::Term:
        case Lexeme::Quoted:
            ++m_pos;
            node.phrase = phraseOf(lexeme.text, lexeme.prefix);
            return node;
        case Lexeme::Not:
            ++m_pos;
            return makeNot(Node(), parsePrimary());
        case Lexeme::And:
        case Lexeme::Or:
            // An operator where a term belongs: ignore it.
            ++m_pos;
            return node;
        case Lexeme::Close:
            return node;
        }
        return node;
    }

    static QueryPhrase phraseOf(const QString &text, bool prefix)
    {
        QueryPhrase phrase;
        const QList<SearchToken> tokens = SearchTokenizer::tokenize(TextNormalizer::instance().normalize(text));
        for (const SearchToken &token : tokens)
            phrase.tokens << token.text;
        phrase.prefix = prefix && !tokens.isEmpty() && !tokens.last().barrier;
        return phrase;
    }

    static constexpr int kMaxGroupDepth = 8;

    QList<Lexeme> m_lexemes;
    int m_pos = 0;
    int m_depth = 0;
    QString m_problem;
};

SearchQuery SearchQuery::parse(const QString &input)
{
    SearchQuery query;
    QList<Lexeme> lexemes = lex(input);
    // A pasted page is not a query: past this many terms and operators the rest is
    // left out, so that the tree (and the recursion rendering it) stays small.
    constexpr int kMaxLexemes = 256;
    if (lexemes.size() > kMaxLexemes)
        lexemes.erase(lexemes.begin() + kMaxLexemes, lexemes.end());
    Parser parser(std::move(lexemes));
    const Node root = parser.parseAll(query.m_problem);
    query.m_expression = render(root);
    query.m_tsQuery = query.m_expression.isEmpty() ? QString() : renderTsQuery(root);
    collectHighlights(root, query.m_highlight);
    return query;
}

QString SearchQuery::render(const Node &node)
{
    switch (node.type) {
    case Node::Phrase:
        if (node.phrase.tokens.isEmpty())
            return {};
        return quoted(node.phrase.tokens.join(QLatin1Char(' '))) + (node.phrase.prefix ? QStringLiteral(" *") : QString());
    case Node::And:
    case Node::Or:
    case Node::Not: {
        const QString op = node.type == Node::And ? QStringLiteral(" AND ")
                                                  : node.type == Node::Or ? QStringLiteral(" OR ") : QStringLiteral(" NOT ");
        // A chain of one operator is written flat, "(a AND b AND c)", not nested: FTS5's
        // parser stack holds about 32 nested groups, and a long query must fit.
        QString left = render(node.children.at(0));
        if (node.children.at(0).type == node.type)
            left = left.mid(1, left.size() - 2);
        return QLatin1Char('(') + left + op + render(node.children.at(1)) + QLatin1Char(')');
    }
    }
    return {};
}

QString SearchQuery::tsBarrierWord()
{
    return QStringLiteral("bitextbarrierxq");
}

QString SearchQuery::renderTsQuery(const Node &node)
{
    switch (node.type) {
    case Node::Phrase: {
        if (node.phrase.tokens.isEmpty())
            return {};
        QStringList lexemes;
        for (const QString &token : node.phrase.tokens) {
            QString text = token == SearchTokenizer::barrierText() ? tsBarrierWord() : token;
            text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
            text.replace(QLatin1Char('\''), QStringLiteral("''"));
            lexemes << QLatin1Char('\'') + text + QLatin1Char('\'');
        }
        if (node.phrase.prefix)
            lexemes.last() += QStringLiteral(":*");
        return QLatin1Char('(') + lexemes.join(QStringLiteral(" <-> ")) + QLatin1Char(')');
    }
    case Node::And:
    case Node::Or:
    case Node::Not: {
        const QString op = node.type == Node::And ? QStringLiteral(" & ")
                                                  : node.type == Node::Or ? QStringLiteral(" | ") : QStringLiteral(" & !");
        return QLatin1Char('(') + renderTsQuery(node.children.at(0)) + op + renderTsQuery(node.children.at(1))
            + QLatin1Char(')');
    }
    }
    return {};
}

void SearchQuery::collectHighlights(const Node &node, QList<QueryPhrase> &out)
{
    if (node.type == Node::Phrase) {
        if (!node.phrase.tokens.isEmpty())
            out.append(node.phrase);
        return;
    }
    // The right side of NOT is what the results do not contain.
    const size_t count = node.type == Node::Not ? 1 : node.children.size();
    for (size_t i = 0; i < count; ++i)
        collectHighlights(node.children.at(i), out);
}

} // namespace bitext
