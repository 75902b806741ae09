#pragma once

#include <QDateTime>
#include <QString>

namespace bitext {

// A Markdown note, either on a whole document or on one annotation.
struct Note
{
    qint64 id = 0;
    qint64 documentId = 0; // set for a document note
    qint64 annotationId = 0; // set for an annotation note
    QString body; // Markdown
    QString author; // who wrote it first
    QDateTime created;
    QDateTime modified;
    QString modifiedBy; // who changed it last
    int version = 0; // raised by every write; an update names the one it was based on
};

} // namespace bitext
