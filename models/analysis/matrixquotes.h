#pragma once

#include "models/domain/segment.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace bitext {

class Library;

// One quote of a matrix cell as its quote list shows it.
struct MatrixQuote
{
    qint64 annotationId = 0;
    qint64 documentId = 0;
    QString documentTitle;
    int segmentOrdinal = -1; // where it starts
    QString speaker; // of its first segment, empty for none
    Side side = Side::Zh;
    QString quote;
    QStringList tags; // code paths
    QString author;
};

namespace MatrixQuotes {

// The quotes with these annotation ids, in reading order (document title, then place);
// two queries however many there are.
QList<MatrixQuote> load(Library &library, const QList<qint64> &annotationIds);

} // namespace MatrixQuotes

} // namespace bitext
