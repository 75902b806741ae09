// SegmentRepair's storage: reading a run and rewriting it in place (see segmentrepair.h).
#include "models/align/offsetmap.h"
#include "models/align/segmentrepair.h"
#include "models/annotate/anchor.h"
#include "models/core/error.h"
#include "models/search/searchindex.h"
#include "models/store/annotationrepository.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"

#include <QCoreApplication>
#include <QSet>

namespace bitext {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SegmentRepair", text);
}

QVariant optionalMs(const std::optional<qint64> &ms)
{
    return ms ? QVariant(*ms) : nullInt();
}

QVariant original(const QString &original, const QString &text)
{
    return original.isEmpty() || original == text ? nullText() : QVariant(original);
}

// The annotations (not orphaned) on any segment from ordinal first to last.
QList<Annotation> annotationsOn(Library &library, qint64 documentId, int first, int last)
{
    QList<Annotation> result;
    const QList<Annotation> all = library.annotations().list(documentId);
    for (const Annotation &a : all) {
        if (!a.orphaned && a.startSegmentOrdinal >= 0 && a.endSegmentOrdinal >= 0 && a.startSegmentOrdinal <= last
            && a.endSegmentOrdinal >= first)
            result << a;
    }
    return result;
}

QStringList sideTexts(const QList<Segment> &segments, Side side)
{
    QStringList texts;
    for (const Segment &s : segments)
        texts << s.text(side);
    return texts;
}

int indexOfId(const QList<Segment> &segments, qint64 id)
{
    for (int i = 0; i < segments.size(); ++i) {
        if (segments.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace

SegmentRepair::Run SegmentRepair::readRun(qint64 segmentId, int before, int count)
{
    const std::optional<Segment> segment = m_library.documents().segment(segmentId);
    if (!segment)
        throw Error(tr("The segment is no longer in the library."));
    const QList<Segment> all = m_library.documents().segments(segment->documentId);
    const int first = segment->ordinal - before;
    if (first < 0 || first + count > all.size()) {
        throw Error(before > 0 ? tr("There is no previous segment.") : tr("There is no next segment."));
    }
    Run run;
    run.documentId = segment->documentId;
    run.firstOrdinal = first;
    run.segments = all.mid(first, count);
    run.annotations = annotationsOn(m_library, run.documentId, first, first + count - 1);
    return run;
}

SegmentRepair::Edit SegmentRepair::resplit(const Run &from, const QList<Segment> &target)
{
    Edit edit;
    m_library.database().write([&] {
        edit.before = from;
        edit.after = write(from, target, {});
    });
    return edit;
}

void SegmentRepair::restore(const Run &from, const Run &to)
{
    Database &db = m_library.database();
    db.write([&] {
        write(from, to.segments, to.annotations, to.languages.isEmpty());
        if (!to.languages.isEmpty()) {
            db.exec(QStringLiteral("UPDATE documents SET languages = ? WHERE id = ?"),
                {to.languages.join(QLatin1Char(',')), to.documentId});
            db.record({Change::Kind::Document, Change::Op::Updated, to.documentId, to.documentId});
        }
    });
}

SegmentRepair::Run SegmentRepair::whole(qint64 documentId)
{
    const std::optional<Document> document = m_library.documents().find(documentId);
    if (!document)
        throw Error(tr("There is no document %1.").arg(documentId));
    Run run;
    run.documentId = documentId;
    run.segments = m_library.documents().segments(documentId);
    run.annotations = annotationsOn(m_library, documentId, 0, int(run.segments.size()) - 1);
    run.languages = document->languages;
    return run;
}

SegmentRepair::Run SegmentRepair::write(
    const Run &from, QList<Segment> target, const QList<Annotation> &exact, bool resplit)
{
    Database &db = m_library.database();
    const qint64 documentId = from.documentId;
    const int first = from.firstOrdinal;
    const int count = int(from.segments.size());

    // Only the run as it was read may be rewritten: another edit in between fails this one.
    QList<qint64> stored;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id FROM segments WHERE document_id = ? AND ordinal >= ? AND "
                                         "ordinal < ? ORDER BY ordinal"),
        {documentId, first, first + count});
    while (q.next())
        stored << q.value(0).toLongLong();
    QList<qint64> expected;
    for (const Segment &s : from.segments)
        expected << s.id;
    if (stored != expected)
        throw Error(tr("The document's segments were changed elsewhere in the meantime; nothing was changed."));

    const QList<Annotation> touching = annotationsOn(m_library, documentId, first, first + count - 1);
    std::optional<OffsetMap> maps[2];
    const auto mapOf = [&](int side) -> const OffsetMap & {
        if (!maps[side]) {
            const Side which = side == 0 ? Side::Zh : Side::En;
            maps[side].emplace(sideTexts(from.segments, which), sideTexts(target, which));
        }
        return *maps[side];
    };
    if (resplit) // the text must be the same, or nothing is written
        mapOf(0), mapOf(1);

    // Every ordinal from the run on is parked below zero first: (document, ordinal) is
    // unique, and PostgreSQL checks that row by row.
    SearchIndex index(db);
    for (const Segment &s : from.segments)
        index.removeSegment(s.id); // reads the text it indexed: before it changes
    db.exec(QStringLiteral("UPDATE segments SET ordinal = -ordinal - 1 WHERE document_id = ? AND ordinal >= ?"),
        {documentId, first});
    QSet<qint64> kept;
    for (const Segment &s : std::as_const(target))
        kept.insert(s.id);
    for (const Segment &s : from.segments) {
        if (!kept.contains(s.id))
            db.exec(QStringLiteral("DELETE FROM segments WHERE id = ?"), {s.id});
    }
    bool explicitIds = false;
    for (int k = 0; k < target.size(); ++k) {
        Segment &s = target[k];
        const QVariant section = s.sectionOrdinal < 0
            ? nullInt()
            : db.scalar(QStringLiteral("SELECT id FROM sections WHERE document_id = ? AND ordinal = ?"),
                {documentId, s.sectionOrdinal});
        const std::initializer_list<QVariant> values = {first + k, section.isValid() ? section : nullInt(),
            nullableId(s.speakerId), s.zh, s.en, original(s.zhOriginal, s.zh), original(s.enOriginal, s.en),
            optionalMs(s.startMs), optionalMs(s.endMs), s.sourceLine,
            s.confidence ? QVariant(*s.confidence) : nullReal(), s.untranslated ? 1 : 0, s.id, documentId};
        if (indexOfId(from.segments, s.id) >= 0) {
            db.exec(QStringLiteral("UPDATE segments SET ordinal = ?, section_id = ?, speaker_id = ?, zh = ?, en = ?, "
                                   "zh_original = ?, en_original = ?, start_ms = ?, end_ms = ?, source_line = ?, "
                                   "confidence = ?, untranslated = ? WHERE id = ? AND document_id = ?"),
                values);
        } else {
            const QString insert = QStringLiteral(
                "INSERT INTO segments (ordinal, section_id, speaker_id, zh, en, zh_original, en_original, start_ms, "
                "end_ms, source_line, confidence, untranslated, %1document_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, "
                "?, %2?)");
            if (s.id > 0) { // put back with its old id (undo, redo)
                db.exec(insert.arg(QStringLiteral("id, "), QStringLiteral("?, ")), values);
                explicitIds = true;
            } else {
                s.id = db.insert(insert.arg(QString(), QString()),
                    {first + k, section.isValid() ? section : nullInt(), nullableId(s.speakerId), s.zh, s.en,
                        original(s.zhOriginal, s.zh), original(s.enOriginal, s.en), optionalMs(s.startMs),
                        optionalMs(s.endMs), s.sourceLine, s.confidence ? QVariant(*s.confidence) : nullReal(),
                        s.untranslated ? 1 : 0, documentId});
            }
        }
        index.addSegment(s.id, documentId, s.zh, s.en);
    }
    if (explicitIds)
        db.dialect().afterExplicitIds(db, QStringLiteral("segments"));
    db.exec(QStringLiteral("UPDATE segments SET ordinal = -ordinal - 1 + ? WHERE document_id = ? AND ordinal < 0"),
        {int(target.size()) - count, documentId});

    // The annotations follow the text they are on.
    const QList<Segment> segments = m_library.documents().segments(documentId);
    const SideText texts[2] = {SideText(segments, Side::Zh), SideText(segments, Side::En)};
    for (Annotation a : touching) {
        const int side = a.side == Side::Zh ? 0 : 1;
        const SideText &text = texts[side];
        const auto given = std::find_if(exact.begin(), exact.end(), [&](const Annotation &e) { return e.id == a.id; });
        if (given != exact.end()) {
            a.startSegmentId = given->startSegmentId;
            a.startOffset = given->startOffset;
            a.endSegmentId = given->endSegmentId;
            a.endOffset = given->endOffset;
            a.quote = given->quote;
            a.prefix = given->prefix;
            a.suffix = given->suffix;
            a.orphaned = given->orphaned;
        } else {
            Anchor::Resolution at;
            at.status = Anchor::Status::AtPosition;
            at.startSegmentId = a.startSegmentId;
            at.start = {text.rowOfSegment(a.startSegmentId), a.startOffset};
            at.endSegmentId = a.endSegmentId;
            at.end = {text.rowOfSegment(a.endSegmentId), a.endOffset};
            if (const int i = indexOfId(from.segments, a.startSegmentId); i >= 0) {
                const OffsetMap::Place p = mapOf(side).start(i, a.startOffset);
                at.startSegmentId = target.at(p.segment).id;
                at.start = {text.rowOfSegment(at.startSegmentId), p.offset};
            }
            if (const int i = indexOfId(from.segments, a.endSegmentId); i >= 0) {
                const OffsetMap::Place p = mapOf(side).end(i, a.endOffset);
                at.endSegmentId = target.at(p.segment).id;
                at.end = {text.rowOfSegment(at.endSegmentId), p.offset};
            }
            a = Anchor::reanchored(text, a, at);
        }
        a.version = 0; // a move of the anchor only: no conflict with an edit of the colour or tags
        m_library.annotations().update(a);
    }
    db.record({Change::Kind::Document, Change::Op::Updated, documentId, documentId});

    Run after;
    after.documentId = documentId;
    after.firstOrdinal = first;
    after.segments = segments.mid(first, target.size());
    after.annotations = annotationsOn(m_library, documentId, first, first + int(target.size()) - 1);
    return after;
}

} // namespace bitext
