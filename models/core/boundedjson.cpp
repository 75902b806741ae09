#include "models/core/boundedjson.h"

#include "models/core/error.h"

#include <QJsonParseError>

#include <algorithm>

namespace bitext {

int BoundedJson::lineAt(const QByteArray &bytes, qint64 offset)
{
    const qint64 end = std::clamp<qint64>(offset, 0, bytes.size());
    return 1 + int(std::count(bytes.constData(), bytes.constData() + end, '\n'));
}

QJsonDocument BoundedJson::parse(const QByteArray &bytes, const QString &fileName)
{
    // A scan of the bytes before the parse: strings are skipped, brackets counted for
    // the depth, and brackets and commas for the values (an upper bound, which is all
    // a limit needs). Broken JSON passes through to the parser, which says what is
    // wrong with it.
    int depth = 0;
    qint64 values = 1;
    int line = 1;
    bool inString = false;
    const char *const data = bytes.constData();
    for (qint64 i = 0; i < bytes.size(); ++i) {
        const char c = data[i];
        if (c == '\n') {
            // JSON strings never hold a line break: this one lacks its closing quote,
            // which the parser would only notice at the end of the file.
            if (inString)
                throw Error(
                    tr("%1:%2: a string is not closed with \" before the end of the line.").arg(fileName).arg(line));
            ++line;
        } else if (inString) {
            if (c == '\\')
                ++i; // an escaped character: a quote, say
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxDepth)
                throw Error(tr("%1:%2: the JSON is nested more than %3 levels deep; no annotation file needs that "
                               "many, so it is refused.")
                                .arg(fileName)
                                .arg(line)
                                .arg(kMaxDepth));
            ++values;
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (c == ',') {
            if (++values > kMaxValues)
                throw Error(tr("%1:%2: the JSON holds more than %3 values; Bitext reads files with fewer, so it is "
                               "refused.")
                                .arg(fileName)
                                .arg(line)
                                .arg(kMaxValues));
        }
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(tr("%1:%2: not valid JSON: %3 (at byte %4)")
                        .arg(fileName)
                        .arg(lineAt(bytes, error.offset))
                        .arg(error.errorString())
                        .arg(error.offset));
    return document;
}

} // namespace bitext
