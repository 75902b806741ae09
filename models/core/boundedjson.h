#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

namespace bitext {

// Parses JSON from elsewhere (Web Annotation files, the layout in a .qdpx) within
// limits, and names the line of whatever is wrong: QJsonDocument gives only a byte
// offset, and builds every value in memory before anyone can look at it.
class BoundedJson
{
    Q_DECLARE_TR_FUNCTIONS(BoundedJson)

public:
    // Web Annotation JSON nests about eight levels (collection, page, items,
    // annotation, target, selector); 64 leaves room for any real file and stops a
    // "[[[[..." file long before a parser's stack or Qt's own limit of 1024.
    static constexpr int kMaxDepth = 64;
    // Each value costs Qt about 16 bytes and a microsecond: four million keep a parse
    // under about 100 MB and a few seconds. A Hypothesis export of ten thousand
    // annotations has some 300000.
    static constexpr qint64 kMaxValues = 4000000;

    // The document; throws Error "FILE:LINE: reason" for JSON that is broken, nested
    // deeper than kMaxDepth or holds more than kMaxValues values.
    static QJsonDocument parse(const QByteArray &bytes, const QString &fileName);

    // The 1-based line of a byte offset.
    static int lineAt(const QByteArray &bytes, qint64 offset);
};

} // namespace bitext
