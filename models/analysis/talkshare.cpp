#include "models/analysis/talkshare.h"

#include "models/analysis/textunits.h"
#include "models/store/database.h"
#include "models/store/library.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>
#include <numeric>
#include <utility>

namespace bitext {

namespace {

// " IN (1,2,3)" for ids this process holds (numbers, never text from outside).
QString inList(const QList<qint64> &ids)
{
    QStringList numbers;
    for (qint64 id : ids)
        numbers << QString::number(id);
    return QStringLiteral(" IN (") + numbers.join(QLatin1Char(',')) + QLatin1Char(')');
}

} // namespace

int TalkShareTable::documentTotal(int document) const
{
    const QVector<int> &row = units.at(document);
    return std::accumulate(row.cbegin(), row.cend(), 0);
}

double TalkShareTable::share(int document, int speaker) const
{
    const int total = documentTotal(document);
    return total == 0 ? 0.0 : double(unitsOf(document, speaker)) / total;
}

TalkShareTable TalkShare::compute(Library &library, const AnalysisFilter &filter)
{
    return compute(library.database(), filter);
}

TalkShareTable TalkShare::computeOwnConnection(const QString &location, const AnalysisFilter &filter)
{
    const std::unique_ptr<Database> db = Database::open(location);
    return compute(*db, filter);
}

TalkShareTable TalkShare::compute(Database &db, const AnalysisFilter &filter)
{
    // One pass over the segments the filter keeps, in document and reading order; the
    // units are counted here because the unit rule (TextUnits) is not SQL.
    QString sql = QStringLiteral("SELECT s.document_id, coalesce(s.speaker_id, 0), ");
    if (filter.side)
        sql += filter.side == Side::Zh ? QStringLiteral("s.zh, ''") : QStringLiteral("'', s.en");
    else
        sql += QStringLiteral("s.zh, s.en");
    sql += QStringLiteral(" FROM segments s WHERE 1 = 1");
    if (!filter.documentIds.isEmpty())
        sql += QStringLiteral(" AND s.document_id") + inList(filter.documentIds);
    if (!filter.speakerIds.isEmpty())
        sql += QStringLiteral(" AND coalesce(s.speaker_id, 0)") + inList(filter.speakerIds);
    sql += QStringLiteral(" ORDER BY s.document_id, s.ordinal");

    TalkShareTable table;
    QHash<qint64, int> documentIndex;
    QHash<qint64, int> speakerIndex;
    QSqlQuery q = db.exec(sql);
    while (q.next()) {
        const qint64 documentId = q.value(0).toLongLong();
        const qint64 speakerId = q.value(1).toLongLong();
        const int units = TextUnits::count(q.value(2).toString()) + TextUnits::count(q.value(3).toString());
        auto document = documentIndex.constFind(documentId);
        if (document == documentIndex.constEnd()) {
            document = documentIndex.insert(documentId, table.documentCount());
            table.documentIds << documentId;
            table.units << QVector<int>(table.speakerCount(), 0);
        }
        auto speaker = speakerIndex.constFind(speakerId);
        if (speaker == speakerIndex.constEnd()) {
            speaker = speakerIndex.insert(speakerId, table.speakerCount());
            table.speakerIds << speakerId;
            for (QVector<int> &row : table.units)
                row << 0;
        }
        table.units[*document][*speaker] += units;
    }

    // Names by id, read as the segments were: the same on any connection.
    const auto names = [&db](const QString &select) {
        QHash<qint64, QString> result;
        QSqlQuery rows = db.exec(select);
        while (rows.next())
            result.insert(rows.value(0).toLongLong(), rows.value(1).toString());
        return result;
    };
    const QHash<qint64, QString> titles = names(QStringLiteral("SELECT id, title FROM documents"));
    for (qint64 id : std::as_const(table.documentIds))
        table.documentTitles << titles.value(id);
    const QHash<qint64, QString> speakers = names(QStringLiteral("SELECT id, name FROM speakers"));
    for (qint64 id : std::as_const(table.speakerIds))
        table.speakerNames << (id == 0 ? QCoreApplication::translate("TalkShare", "No speaker") : speakers.value(id));
    return table;
}

} // namespace bitext
