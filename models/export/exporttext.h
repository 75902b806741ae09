#pragma once

#include "models/domain/annotation.h"
#include "models/export/exportdata.h"

#include <QString>
#include <QUuid>

namespace bitext {

// Text helpers shared by the exporters: code-point positions, XML-safe text,
// stable identifiers and tag names fit for other tools.
namespace exporttext {

// Number of Unicode code points (a surrogate pair counts once).
int codePointCount(const QString &text);
// UTF-16 index of the code point `codePoints` into text (clamped to its size).
int utf16Index(const QString &text, int codePoints);
// The code points [start, end) of text.
QString codePointMid(const QString &text, int start, int end);

// Removes the characters XML 1.0 does not allow (C0 controls except tab, newline
// and carriage return, lone surrogates, U+FFFE/U+FFFF); escaping is the writer's job.
QString xmlSafe(const QString &text);
// Text for a file that cannot carry control characters (Markdown, HTML, CSV, PDF,
// ODT, REFI-QDA text): xmlSafe, with CRLF and lone CR made LF and DEL and the C1
// controls removed too. Tab and newline stay. JSON escapes them and keeps the raw text.
QString plainText(const QString &text);

// A name-based (v5) UUID for one object of Bitext: same kind and id, same UUID, so
// re-exports of the same library keep their identities in other tools.
QUuid stableUuid(const QString &kind, const QString &id);
// The UUID without braces, as REFI-QDA and urn:uuid: want it.
QString uuidText(const QUuid &uuid);

// A tag path as an Obsidian/Zotero hashtag without the '#': letters, digits, '_',
// '-' and '/' (nesting) only; each run of other characters becomes one '_'; a
// purely numeric tag is prefixed.
QString hashtag(const QString &tagPath);

// Where a quote is, for readers: "segment 3", "segments 3–5" or "position lost".
QString positionLabel(const Annotation &annotation);

// A media time for readers: "mm:ss" under an hour, else "h:mm:ss".
QString timestamp(qint64 ms);
// When a quote is spoken, "[01:02–01:10]" ("[01:02]" when its end is not known); empty when
// its segments have no times.
QString timeLabel(const ExportQuote &quote);
// A W3C Media Fragments temporal value, "t=62.000,70.500" (seconds, NPT; "t=62.000" when
// the end is not known).
QString mediaFragment(const ExportQuote &quote);

// A media file's MIME type by its name ("audio/mpeg", "video/mp4"); video or sound.
QString mediaMimeType(const QString &file);
bool isVideo(const QString &file);

// Text for HTML/XML element content and quoted attribute values (XML-safe, &<>"' escaped).
QString htmlEscape(const QString &text);
// A web address fit for a link (http or https with a host), fully encoded; empty for
// anything else (javascript:, file:, data:, garbage).
QString webUrl(const QString &url);

// The title of an export: its one document's, else a general one.
QString exportTitle(const ExportData &data);

// xsd:dateTime in UTC ("2025-01-02T03:04:05Z").
QString isoUtc(const QDateTime &time);

} // namespace exporttext

} // namespace bitext
