#pragma once

#include "models/domain/segment.h"

#include <QList>
#include <QString>

namespace bitext {
class Library;
}

namespace bitext::test {

// Seeds 001 (interview: Host, Amanda Askell) and 003 (panel: Moderator, Yan, Amanda
// Askell, Josh, Audience) imported into a library and coded by two coders, "Ana" and
// "Ben", with a small codebook (Values, Values/Honesty, Safety, Safety/Oversight,
// Personality, Method): 32 quotes, some overlapping, some on the English side, two
// spanning two segments, some carrying two codes. The same every time, so tests can
// count on it and the screenshots show a realistic Analysis window (also built by the
// tool `bitext_annotated_samples LIBRARY`).
struct AnnotatedSamples
{
    qint64 interview = 0; // 001
    qint64 panel = 0; // 003
    qint64 values = 0;
    qint64 honesty = 0; // Values/Honesty
    qint64 safety = 0;
    qint64 oversight = 0; // Safety/Oversight
    qint64 personality = 0;
    qint64 method = 0;
    QList<qint64> quotes; // in the order made

    // Imports the seeds into `library` (empty) and codes them; throws std::runtime_error
    // when a seed is missing or a quote is not where the fixture expects it.
    explicit AnnotatedSamples(Library &library);

private:
    // The first passage of document `documentId` that starts with `from` on `side` and
    // ends with `to` (in the same segment or a later one; empty: `from` alone).
    qint64 code(qint64 documentId, Side side, const QString &from, const QList<qint64> &tags, const QString &author,
        const QString &to = QString());
    Library &m_library;
};

} // namespace bitext::test
