#include "models/media/segmenttiming.h"

#include "models/core/error.h"
#include "models/store/database.h"
#include "models/store/library.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace bitext {

namespace {

struct Row
{
    SegmentTiming::Times times;
    qint64 documentId = 0;
    int ordinal = 0;
};

std::optional<qint64> optionalMs(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QVariant msValue(const std::optional<qint64> &ms)
{
    return ms ? QVariant(*ms) : nullInt();
}

std::optional<Row> readRow(Database &db, const QString &where, std::initializer_list<QVariant> values)
{
    QSqlQuery query = db.exec(
        QStringLiteral("SELECT id, document_id, ordinal, start_ms, end_ms FROM segments WHERE ") + where, values);
    if (!query.next())
        return std::nullopt;
    Row row;
    row.times.segmentId = query.value(0).toLongLong();
    row.documentId = query.value(1).toLongLong();
    row.ordinal = query.value(2).toInt();
    row.times.startMs = optionalMs(query.value(3));
    row.times.endMs = optionalMs(query.value(4));
    return row;
}

void writeTimes(Database &db, const SegmentTiming::Times &times, qint64 documentId)
{
    db.exec(QStringLiteral("UPDATE segments SET start_ms = ?, end_ms = ? WHERE id = ?"),
        {msValue(times.startMs), msValue(times.endMs), times.segmentId});
    db.record({Change::Kind::Segment, Change::Op::Updated, times.segmentId, documentId});
}

QString formatMs(qint64 ms)
{
    return QStringLiteral("%1:%2.%3").arg(ms / 60000).arg(ms / 1000 % 60, 2, 10, QLatin1Char('0')).arg(ms % 1000 / 100);
}

// One segment's new start, with the previous segment's end where it must follow (none yet,
// after the new start, or equal to the old start when a nudge moves the boundary).
QList<SegmentTiming::Times> moveStart(Library &library, qint64 segmentId, qint64 startMs, bool fromOldStart)
{
    Database &db = library.database();
    QList<SegmentTiming::Times> before;
    db.write([&] {
        before.clear();
        const std::optional<Row> row = readRow(db, QStringLiteral("id = ?"), {segmentId});
        if (!row)
            throw Error(QCoreApplication::translate("SegmentTiming", "There is no segment %1.").arg(segmentId));
        if (fromOldStart && !row->times.startMs)
            throw Error(QCoreApplication::translate("SegmentTiming", "This segment has no time to move yet."));
        const qint64 newStart = fromOldStart ? *row->times.startMs + startMs : startMs;
        if (newStart < 0)
            throw Error(QCoreApplication::translate("SegmentTiming", "A segment cannot start before the media does."));
        const std::optional<Row> previous = row->ordinal > 0
            ? readRow(db, QStringLiteral("document_id = ? AND ordinal = ?"), {row->documentId, row->ordinal - 1})
            : std::nullopt;
        if (previous && previous->times.startMs && newStart <= *previous->times.startMs)
            throw Error(QCoreApplication::translate(
                "SegmentTiming", "A segment must start after the one before it (which starts at %1).")
                            .arg(formatMs(*previous->times.startMs)));
        before.append(row->times);
        SegmentTiming::Times updated = row->times;
        updated.startMs = newStart;
        if (updated.endMs && *updated.endMs <= newStart)
            updated.endMs.reset(); // an end before the start means nothing: until the next start
        writeTimes(db, updated, row->documentId);
        if (previous) {
            const std::optional<qint64> end = previous->times.endMs;
            const bool follows = !end || *end > newStart || (fromOldStart && end == row->times.startMs);
            if (follows && previous->times.endMs != newStart) {
                before.append(previous->times);
                SegmentTiming::Times ended = previous->times;
                ended.endMs = newStart;
                writeTimes(db, ended, previous->documentId);
            }
        }
    });
    return before;
}

} // namespace

SegmentTiming::SegmentTiming(Library &library)
    : m_library(library)
{
}

QList<SegmentTiming::Times> SegmentTiming::setStart(qint64 segmentId, qint64 startMs)
{
    return moveStart(m_library, segmentId, startMs, false);
}

QList<SegmentTiming::Times> SegmentTiming::nudge(qint64 segmentId, qint64 deltaMs)
{
    return moveStart(m_library, segmentId, deltaMs, true);
}

void SegmentTiming::restore(const QList<Times> &times)
{
    Database &db = m_library.database();
    db.write([&] {
        for (const Times &t : times) {
            const QVariant documentId
                = db.scalar(QStringLiteral("SELECT document_id FROM segments WHERE id = ?"), {t.segmentId});
            if (!documentId.isValid())
                continue; // the document was re-imported or removed since: nothing to put back
            writeTimes(db, t, documentId.toLongLong());
        }
    });
}

} // namespace bitext
