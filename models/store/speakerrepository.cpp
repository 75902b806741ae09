#include "models/store/speakerrepository.h"

#include "models/core/error.h"
#include "models/core/jsontext.h"
#include "models/store/database.h"
#include "models/store/editstamp.h"
#include "models/store/library.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace bitext {

namespace {

Speaker speakerFromRow(const QSqlQuery &q)
{
    Speaker s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.aliases = stringListFromJson(q.value(2).toString());
    s.color = QColor(q.value(3).toString());
    s.author = q.value(4).toString();
    s.created = EditStamp::readTime(q.value(5).toString());
    s.modified = EditStamp::readTime(q.value(6).toString());
    s.modifiedBy = q.value(7).toString();
    s.version = q.value(8).toInt();
    return s;
}

const QString kSelect
    = QStringLiteral("SELECT id, name, aliases, color, author, created, modified, modified_by, version FROM speakers ");

// Mid-lightness hues that read on white and on a dark base alike.
const char *const kPalette[]
    = {"#2f7ed8", "#d9534f", "#3a9a5b", "#b8860b", "#8e5ccf", "#d2691e", "#1f9e9e", "#c2477a", "#6b8e23", "#5a6ebf"};
const int kPaletteSize = int(sizeof(kPalette) / sizeof(kPalette[0]));

} // namespace

SpeakerRepository::SpeakerRepository(Library &library)
    : m_library(library)
{
}

QColor SpeakerRepository::paletteColor(int n)
{
    return QColor(QLatin1String(kPalette[((n % kPaletteSize) + kPaletteSize) % kPaletteSize]));
}

QColor SpeakerRepository::nextColor()
{
    QHash<QString, int> uses;
    QSqlQuery q = m_library.database().exec(
        QStringLiteral("SELECT lower(color), count(*) FROM speakers GROUP BY lower(color)"));
    while (q.next())
        uses.insert(q.value(0).toString(), q.value(1).toInt());
    int best = 0;
    for (int n = 1; n < kPaletteSize; ++n) {
        if (uses.value(paletteColor(n).name()) < uses.value(paletteColor(best).name()))
            best = n;
    }
    return paletteColor(best);
}

QList<Speaker> SpeakerRepository::list()
{
    QList<Speaker> result;
    QSqlQuery q = m_library.database().exec(kSelect + QStringLiteral("ORDER BY name"));
    while (q.next())
        result << speakerFromRow(q);
    return result;
}

std::optional<Speaker> SpeakerRepository::find(qint64 id)
{
    QSqlQuery q = m_library.database().exec(kSelect + QStringLiteral("WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return speakerFromRow(q);
}

std::optional<Speaker> SpeakerRepository::findByName(const QString &nameOrAlias)
{
    const QString name = nameOrAlias.trimmed();
    QSqlQuery q = m_library.database().exec(kSelect + QStringLiteral("WHERE name = ?"), {name});
    if (q.next())
        return speakerFromRow(q);
    // Aliases are few; scanning them beats a join table for this size.
    q = m_library.database().exec(kSelect + QStringLiteral("WHERE aliases <> '[]'"));
    while (q.next()) {
        Speaker s = speakerFromRow(q);
        if (s.aliases.contains(name))
            return s;
    }
    return std::nullopt;
}

std::optional<Speaker> SpeakerRepository::otherWithName(qint64 speakerId, const QString &name)
{
    std::optional<Speaker> other = findByName(name);
    if (other && other->id == speakerId)
        return std::nullopt;
    return other;
}

qint64 SpeakerRepository::create(const QString &name, const QColor &color)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw Error(QCoreApplication::translate("SpeakerRepository", "A speaker needs a name."));
    Database &db = m_library.database();
    const QColor c = color.isValid() ? color : nextColor();
    qint64 id = 0;
    db.write([&] {
        const QString me = m_library.author();
        const QString now = EditStamp::storedTime();
        id = db.insert(QStringLiteral("INSERT INTO speakers (name, color, author, created, modified, modified_by, "
                                      "version) VALUES (?, ?, ?, ?, ?, ?, 1)"),
            {trimmed, c.name(), me, now, now, me});
        db.record({Change::Kind::Speaker, Change::Op::Inserted, id, 0});
    });
    m_library.setOwnVersion(Change::Kind::Speaker, id, 1);
    return id;
}

void SpeakerRepository::restore(const Speaker &speaker)
{
    // The stored stamps come back as they were: a restore is not a new edit.
    Database &db = m_library.database();
    db.write([&] {
        db.exec(
            QStringLiteral("INSERT INTO speakers (id, name, aliases, color, author, created, modified, modified_by, "
                           "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {speaker.id, speaker.name, jsonText(speaker.aliases), speaker.color.name(), speaker.author,
                EditStamp::keptTime(speaker.created), EditStamp::keptTime(speaker.modified), speaker.modifiedBy,
                qMax(1, speaker.version)});
        db.dialect().afterExplicitIds(db, QStringLiteral("speakers"));
        db.record({Change::Kind::Speaker, Change::Op::Inserted, speaker.id, 0});
    });
    m_library.setOwnVersion(Change::Kind::Speaker, speaker.id, qMax(1, speaker.version));
}

void SpeakerRepository::remove(qint64 id)
{
    Database &db = m_library.database();
    db.write([&] {
        recordSegmentsOf(id);
        db.exec(QStringLiteral("UPDATE segments SET speaker_id = NULL WHERE speaker_id = ?"), {id});
        db.exec(QStringLiteral("DELETE FROM speakers WHERE id = ?"), {id});
        db.record({Change::Kind::Speaker, Change::Op::Removed, id, 0});
    });
}

qint64 SpeakerRepository::resolve(const QString &name)
{
    if (const auto existing = findByName(name))
        return existing->id;
    return create(name);
}

void SpeakerRepository::rename(qint64 id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw Error(QCoreApplication::translate("SpeakerRepository", "A speaker needs a name."));
    if (otherWithName(id, trimmed))
        throw Error(QCoreApplication::translate(
            "SpeakerRepository", "There is already a speaker called %1; merge them instead.")
                        .arg(trimmed));
    updateSpeaker(id, QStringLiteral("name"), trimmed);
}

void SpeakerRepository::setColor(qint64 id, const QColor &color)
{
    updateSpeaker(id, QStringLiteral("color"), color.name());
}

void SpeakerRepository::setAliases(qint64 id, const QStringList &aliases)
{
    updateSpeaker(id, QStringLiteral("aliases"), jsonText(aliases));
}

void SpeakerRepository::updateSpeaker(qint64 id, const QString &column, const QVariant &value)
{
    Database &db = m_library.database();
    int version = 0;
    db.write([&] {
        // `column` is one of the speaker's own columns named above, never user input.
        version = db.updateVersioned(QStringLiteral("UPDATE speakers SET %1 = ?, modified = ?, modified_by = ?, "
                                                    "version = version + 1 WHERE id = ?")
                                         .arg(column),
                        {value, EditStamp::storedTime(), m_library.author(), id})
                      .value_or(0);
        db.record({Change::Kind::Speaker, Change::Op::Updated, id, 0});
    });
    m_library.setOwnVersion(Change::Kind::Speaker, id, version);
}

void SpeakerRepository::recordSegmentsOf(qint64 speakerId)
{
    Database &db = m_library.database();
    QSqlQuery q
        = db.exec(QStringLiteral("SELECT DISTINCT document_id FROM segments WHERE speaker_id = ?"), {speakerId});
    while (q.next())
        db.record({Change::Kind::Segment, Change::Op::Reset, 0, q.value(0).toLongLong()});
}

void SpeakerRepository::merge(qint64 from, qint64 into)
{
    if (from == into)
        return;
    const auto source = find(from);
    const auto target = find(into);
    if (!source || !target)
        throw Error(QCoreApplication::translate("SpeakerRepository", "Cannot merge: speaker not found."));
    Database &db = m_library.database();
    db.write([&] {
        recordSegmentsOf(from);
        db.exec(QStringLiteral("UPDATE segments SET speaker_id = ? WHERE speaker_id = ?"), {into, from});
        QStringList aliases = target->aliases;
        for (const QString &alias : QStringList {source->name} + source->aliases) {
            if (!aliases.contains(alias) && alias != target->name)
                aliases << alias;
        }
        m_library.setOwnVersion(Change::Kind::Speaker, into,
            db.updateVersioned(QStringLiteral("UPDATE speakers SET aliases = ?, modified = ?, modified_by = ?, "
                                              "version = version + 1 WHERE id = ?"),
                  {jsonText(aliases), EditStamp::storedTime(), m_library.author(), into})
                .value_or(0));
        db.exec(QStringLiteral("DELETE FROM speakers WHERE id = ?"), {from});
        db.record({Change::Kind::Speaker, Change::Op::Removed, from, 0});
        db.record({Change::Kind::Speaker, Change::Op::Updated, into, 0});
    });
}

QHash<qint64, qint64> SpeakerRepository::assign(const QList<qint64> &segmentIds, qint64 speakerId)
{
    Database &db = m_library.database();
    QHash<qint64, qint64> previous;
    db.write([&] {
        previous.clear();
        QSqlQuery read = db.prepare(QStringLiteral("SELECT speaker_id, document_id FROM segments WHERE id = ?"));
        QSqlQuery write = db.prepare(QStringLiteral("UPDATE segments SET speaker_id = ? WHERE id = ?"));
        for (qint64 segmentId : segmentIds) {
            read.bindValue(0, segmentId);
            db.exec(read);
            if (!read.next())
                throw Error(
                    QCoreApplication::translate("SpeakerRepository", "Segment %1 does not exist.").arg(segmentId));
            previous.insert(segmentId, read.value(0).toLongLong());
            db.record({Change::Kind::Segment, Change::Op::Updated, segmentId, read.value(1).toLongLong()});
            read.finish();
            write.bindValue(0, nullableId(speakerId));
            write.bindValue(1, segmentId);
            db.exec(write);
        }
    });
    return previous;
}

void SpeakerRepository::restoreAssignment(const QHash<qint64, qint64> &segmentSpeakers)
{
    Database &db = m_library.database();
    db.write([&] {
        QSqlQuery write = db.prepare(QStringLiteral("UPDATE segments SET speaker_id = ? WHERE id = ?"));
        for (auto it = segmentSpeakers.constBegin(); it != segmentSpeakers.constEnd(); ++it) {
            write.bindValue(0, nullableId(it.value()));
            write.bindValue(1, it.key());
            db.exec(write);
            const qint64 documentId
                = db.scalar(QStringLiteral("SELECT document_id FROM segments WHERE id = ?"), {it.key()}).toLongLong();
            db.record({Change::Kind::Segment, Change::Op::Updated, it.key(), documentId});
        }
    });
}

QList<qint64> SpeakerRepository::segmentsOf(qint64 speakerId)
{
    QList<qint64> result;
    QSqlQuery q = m_library.database().exec(
        QStringLiteral("SELECT id FROM segments WHERE speaker_id = ? ORDER BY id"), {speakerId});
    while (q.next())
        result << q.value(0).toLongLong();
    return result;
}

qint64 SpeakerRepository::sharedSpeaker(const QList<qint64> &segmentIds)
{
    Database &db = m_library.database();
    QSqlQuery read = db.prepare(QStringLiteral("SELECT speaker_id FROM segments WHERE id = ?"));
    qint64 shared = 0;
    for (int i = 0; i < segmentIds.size(); ++i) {
        read.bindValue(0, segmentIds.at(i));
        db.exec(read);
        const qint64 speaker = read.next() ? read.value(0).toLongLong() : 0;
        read.finish();
        if (speaker == 0 || (i > 0 && speaker != shared))
            return 0;
        shared = speaker;
    }
    return shared;
}

QList<QPair<qint64, int>> SpeakerRepository::turnCounts(qint64 documentId)
{
    QList<QPair<qint64, int>> result;
    QSqlQuery q = m_library.database().exec(
        QStringLiteral("SELECT speaker_id, count(*), min(ordinal) AS first FROM segments "
                       "WHERE document_id = ? AND speaker_id IS NOT NULL GROUP BY speaker_id ORDER BY first"),
        {documentId});
    while (q.next())
        result << qMakePair(q.value(0).toLongLong(), q.value(1).toInt());
    return result;
}

} // namespace bitext
