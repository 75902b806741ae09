#pragma once

#include "models/domain/segment.h"
#include "tests/support/testsupport.h"

#include <QList>
#include <QString>

namespace bitext::test {

// Seeds 000 (article, Emmett Shear) and 001 (interview, Host / Amanda Askell)
// imported into a temporary library, with a small codebook (Ethics, Ethics/Honesty,
// Safety research) and four quotes: three in 001 (two Chinese, one English and
// untagged) and one in 000. For export tests of the dialog and of other tools.
struct AnnotatedSeeds
{
    TemporaryLibrary lib;
    qint64 article = 0; // 000
    qint64 interview = 0; // 001
    qint64 ethics = 0;
    qint64 honesty = 0; // Ethics/Honesty
    qint64 safety = 0; // Safety research

    // The quotes, as stored.
    static const QString kClaude; // 001 segment 4, zh, Ethics/Honesty, with a note
    static const QString kPlane; // 001 segment 0, zh, Safety research
    static const QString kAtAll; // 001 segment 11, en, no tag
    static const QString kTool; // 000 segment 3, zh, Ethics
    static const QString kClaudeNote;

    AnnotatedSeeds();
};

// Creates an annotation on the first occurrence of quote in one segment's side.
qint64 annotateQuote(Library &library, qint64 documentId, int segment, const QString &quote, Side side,
    const QList<qint64> &tags, const QString &note = QString());

} // namespace bitext::test
