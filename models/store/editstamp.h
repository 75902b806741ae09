#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace bitext {

// Who changed a row and when, as the author/created/modified/modified_by/version
// columns of annotations, notes, tags and speakers store it: every write stamps the
// current author and time and raises the version by one, so two people editing the
// same row can tell that the other was there first.
class EditStamp
{
public:
    // How times are stored: UTC, ISO 8601 with milliseconds (sorts as text).
    static QString storedTime(const QDateTime &when = QDateTime());
    // A time as it was: stored when known, empty when not (a restore is not a new
    // edit, so an unknown time must not become now).
    static QString keptTime(const QDateTime &when) { return when.isValid() ? storedTime(when) : QString(); }
    static QDateTime readTime(const QString &stored);
    // "16:05" today, "2026-11-28 16:05" on another day, in local time: how the
    // interface says when someone changed something.
    static QString shortTime(const QDateTime &when);
    // The name, or "Someone else" for rows written before names were kept.
    static QString who(const QString &name);
    // "Highlighted by Anna, 16:05", with "; changed by Ben, 16:20" when someone else
    // changed it since: who and when, for tooltips.
    static QString byline(
        const QString &author, const QDateTime &created, const QString &modifiedBy, const QDateTime &modified);
};

// What a write found when the row had changed since the writer read it: someone
// else saved in between. The later writer still wins; what the other person had
// written is kept (a quoted block appended to the note, see keptBlock()).
struct EditConflict
{
    QString otherAuthor; // who changed it in between
    QDateTime otherModified;
    QString winner; // who wrote over it (this connection's author)

    // The other author's name (EditStamp::who).
    QString who() const;

    // The one format of a kept version: a Markdown quote headed by who wrote it,
    // when, and who replaced it.
    static QString keptBlock(const EditConflict &conflict, const QString &text);
    // What the user is told after saving a note / a highlight over someone's change.
    QString noteMessage() const;
    QString annotationMessage() const;
};

// What an update did: the version it left the row at, and the conflict it resolved
// when the row had changed since it was read.
struct WriteResult
{
    int version = 0;
    std::optional<EditConflict> conflict;
};

} // namespace bitext
