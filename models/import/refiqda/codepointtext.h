#pragma once

#include <QString>
#include <QVector>

namespace bitext {

// A text addressed by Unicode code points, as REFI-QDA positions count them, with
// cheap conversion to QString's UTF-16 indexes: only the (rare) characters outside
// the BMP are remembered, so a long source costs a few bytes per such character.
class CodePointText
{
public:
    explicit CodePointText(QString text);

    const QString &text() const { return m_text; }
    qint64 length() const { return m_length; }
    // UTF-16 index of a code point position (0..length()).
    int utf16(qint64 codePoint) const;
    // Code-point position of a UTF-16 index (the inverse of utf16()).
    qint64 codePoint(int utf16Index) const;
    // The code points [start, end).
    QString mid(qint64 start, qint64 end) const;
    // 1-based line of a code point position.
    int lineAt(qint64 codePoint) const;

private:
    QString m_text;
    QVector<int> m_pairs; // code-point positions of surrogate pairs, ascending
    QVector<int> m_lineStarts; // UTF-16 index after each '\n'
    qint64 m_length = 0;
};

} // namespace bitext
