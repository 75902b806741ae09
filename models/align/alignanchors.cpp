#include "models/align/alignanchors.h"

#include "models/align/sortedids.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace bitext {

namespace {

bool isLatinLetter(QChar c)
{
    return c.unicode() < 0x250 && c.isLetter();
}

QChar fold(QChar c)
{
    // Full-width digits and letters (Ａ, ３) as their ASCII forms.
    if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF5A)
        return QChar(c.unicode() - 0xFEE0);
    return c;
}

} // namespace

// Numbers (thousands separators dropped, a decimal point kept), Latin words lowercased
// (on the Chinese side only those written in Latin letters), and "?" for a question.
QStringList AlignAnchors::tokens(const QString &text, Side side)
{
    QStringList out;
    QString current;
    enum { None, Number, Word } kind = None;
    const auto flush = [&]() {
        if (kind == Number || (kind == Word && current.size() >= 2))
            out.append(current);
        current.clear();
        kind = None;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = fold(text.at(i));
        const QChar next = i + 1 < text.size() ? fold(text.at(i + 1)) : QChar();
        if (c.isDigit() && c.unicode() < 0x80) {
            if (kind == Word)
                flush();
            kind = Number;
            current.append(c);
        } else if (kind == Number && (c == QLatin1Char(',') || c == QLatin1Char('.')) && next.isDigit()) {
            if (c == QLatin1Char('.'))
                current.append(c);
        } else if (isLatinLetter(c)) {
            if (kind == Number)
                flush();
            kind = Word;
            current.append(c.toLower());
        } else {
            flush();
            if (c == QLatin1Char('?') || c == QChar(0xFF1F))
                out.append(QStringLiteral("?"));
        }
    }
    flush();
    Q_UNUSED(side)
    return out;
}

QList<int> AlignAnchors::addZh(const QString &text)
{
    QList<int> ids;
    for (const QString &token : tokens(text, Side::Zh)) {
        auto it = m_ids.find(token);
        if (it == m_ids.end()) {
            it = m_ids.insert(token, int(m_zhSentences.size()));
            m_zhSentences.append(0);
        }
        ids.append(it.value());
    }
    ids = sortedUnique(ids);
    for (const int id : std::as_const(ids))
        ++m_zhSentences[id];
    return ids;
}

QList<int> AlignAnchors::matchEn(const QString &text) const
{
    QList<int> ids;
    for (const QString &token : tokens(text, Side::En)) {
        const auto it = m_ids.constFind(token);
        if (it != m_ids.constEnd())
            ids.append(it.value());
    }
    return sortedUnique(ids);
}

double AlignAnchors::weight(int id) const
{
    return 1.0 / (1.0 + std::log(double(std::max(1, m_zhSentences.value(id)))));
}

} // namespace bitext
