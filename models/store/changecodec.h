#pragma once

#include "models/store/change.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace bitext {

// How changes travel between connections, in one place for both backends: SQLite's
// changes table stores kind and op as the codes below, PostgreSQL's notifications
// carry the same codes in a compact payload. The codes are stable text (other
// versions of Bitext read them): kinds d s p t a n (document, segment, speaker, tag,
// annotation, note), ops i u r x (inserted, updated, removed, reset).
namespace ChangeCodec {

QString kindCode(Change::Kind kind);
QString opCode(Change::Op op);
// A change from its codes; nothing when a code is unknown (a newer writer's).
std::optional<Change> fromCodes(const QString &kind, const QString &op, qint64 id, qint64 documentId);

// The most changes a batch is published with one by one; a larger one (a merge, a
// restore) travels as resets (bounded()).
constexpr int kLargestBatch = 2000;
ChangeList bounded(const ChangeList &changes);

// A batch again as a few Reset changes: one per kind and document (per kind alone
// past maxChanges), for a batch too large to send change by change.
ChangeList collapsed(const ChangeList &changes, int maxChanges);
// Every kind reset: what a connection announces when it may have missed changes.
ChangeList resetAll();

// The notification payloads for a batch of client's changes, each at most maxBytes
// long ("client ai12:3 tu7:0 ..."); a batch that would need more than maxPayloads
// notifications is collapsed first.
QStringList encodePayloads(const QString &client, const ChangeList &changes, int maxBytes, int maxPayloads);
// The client and changes of one payload. A change this build cannot read (a newer
// writer's kind) makes the payload incomplete: the reader then re-reads everything.
struct Payload
{
    QString client;
    ChangeList changes;
    bool complete = true;
};
Payload decodePayload(const QString &payload);

} // namespace ChangeCodec

} // namespace bitext
