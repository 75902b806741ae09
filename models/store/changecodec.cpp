#include "models/store/changecodec.h"

#include <QPair>
#include <QSet>

namespace bitext::ChangeCodec {

namespace {

constexpr char kKinds[] = "dsptan"; // in the order of Change::Kind
constexpr char kOps[] = "iurx"; // in the order of Change::Op
constexpr int kKindCount = int(sizeof(kKinds)) - 1;
constexpr int kOpCount = int(sizeof(kOps)) - 1;

int indexOf(const char *codes, int count, const QString &code)
{
    if (code.size() != 1)
        return -1;
    for (int i = 0; i < count; ++i) {
        if (code.at(0) == QLatin1Char(codes[i]))
            return i;
    }
    return -1;
}

// "ai12:3": kind, op, id, the document after the colon.
QString encodeOne(const Change &change)
{
    return kindCode(change.kind) + opCode(change.op) + QString::number(change.id) + QLatin1Char(':')
        + QString::number(change.documentId);
}

std::optional<Change> decodeOne(const QString &text)
{
    const int colon = text.indexOf(QLatin1Char(':'));
    if (text.size() < 5 || colon < 3)
        return std::nullopt;
    bool idOk = false;
    bool documentOk = false;
    const qint64 id = text.mid(2, colon - 2).toLongLong(&idOk);
    const qint64 documentId = text.mid(colon + 1).toLongLong(&documentOk);
    if (!idOk || !documentOk)
        return std::nullopt;
    return fromCodes(text.mid(0, 1), text.mid(1, 1), id, documentId);
}

} // namespace

QString kindCode(Change::Kind kind)
{
    return QString(QLatin1Char(kKinds[int(kind)]));
}

QString opCode(Change::Op op)
{
    return QString(QLatin1Char(kOps[int(op)]));
}

std::optional<Change> fromCodes(const QString &kind, const QString &op, qint64 id, qint64 documentId)
{
    const int k = indexOf(kKinds, kKindCount, kind);
    const int o = indexOf(kOps, kOpCount, op);
    if (k < 0 || o < 0)
        return std::nullopt;
    return Change {Change::Kind(k), Change::Op(o), id, documentId};
}

ChangeList bounded(const ChangeList &changes)
{
    return changes.size() > kLargestBatch ? collapsed(changes, kLargestBatch) : changes;
}

ChangeList collapsed(const ChangeList &changes, int maxChanges)
{
    // Documents, speakers and tags have no document to narrow them down.
    const auto perDocument = [](Change::Kind kind) {
        return kind == Change::Kind::Segment || kind == Change::Kind::Annotation || kind == Change::Kind::Note;
    };
    ChangeList result;
    QSet<QPair<int, qint64>> seen;
    for (const Change &change : changes) {
        const qint64 documentId = perDocument(change.kind) ? change.documentId : 0;
        if (seen.contains({int(change.kind), documentId}))
            continue;
        seen.insert({int(change.kind), documentId});
        result << Change {change.kind, Change::Op::Reset, 0, documentId};
    }
    if (result.size() <= maxChanges)
        return result;
    ChangeList perKind;
    for (const Change &change : std::as_const(result)) {
        const Change reset {change.kind, Change::Op::Reset, 0, 0};
        if (!perKind.contains(reset))
            perKind << reset;
    }
    return perKind;
}

ChangeList resetAll()
{
    ChangeList all;
    for (int k = 0; k < kKindCount; ++k)
        all << Change {Change::Kind(k), Change::Op::Reset, 0, 0};
    return all;
}

QStringList encodePayloads(const QString &client, const ChangeList &changes, int maxBytes, int maxPayloads)
{
    QStringList items;
    int bytes = 0;
    for (const Change &change : changes) {
        items << encodeOne(change);
        bytes += int(items.last().size()) + 1;
    }
    // Every payload repeats the client; the codes are ASCII, so characters are bytes.
    const int room = maxBytes - int(client.size());
    if (bytes > room * maxPayloads)
        return encodePayloads(client, collapsed(changes, maxPayloads * (room / 24)), maxBytes, maxPayloads);

    QStringList payloads;
    QString current = client;
    for (const QString &item : std::as_const(items)) {
        if (current.size() + 1 + item.size() > maxBytes) {
            payloads << current;
            current = client;
        }
        current += QLatin1Char(' ') + item;
    }
    payloads << current;
    return payloads;
}

Payload decodePayload(const QString &payload)
{
    const QStringList parts = payload.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Payload result;
    if (parts.isEmpty())
        return result;
    for (int i = 1; i < parts.size(); ++i) {
        const std::optional<Change> change = decodeOne(parts.at(i));
        if (change)
            result.changes << *change;
        else
            result.complete = false;
    }
    result.client = parts.first();
    return result;
}

} // namespace bitext::ChangeCodec
