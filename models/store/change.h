#pragma once

#include <QList>
#include <QMetaType>

namespace bitext {

// What one committed write did to one object of a library. The repositories record
// them while they write (Database::record); once the transaction committed, the
// library announces them to this process (Library::changed, remote = false), and the
// dialect has published them, in the same transaction, to every other connection
// (the LibraryWatcher turns those into Library::changed with remote = true). Views
// update the rows named here instead of re-reading everything, so a change made
// elsewhere never resets a view, loses a selection or moves the reader.
struct Change
{
    enum class Kind : char {
        Document, // id = document; Updated: text or metadata
        Segment, // id = segment, documentId set; its speaker or its times changed
        Speaker,
        Tag,
        Annotation, // documentId set (0 with Reset: any document)
        Note, // id = note, documentId set
    };
    enum class Op : char {
        Inserted,
        Updated,
        Removed,
        // Anything of this kind (in documentId, when set) may have changed: a bulk
        // write, or notifications that were missed. Re-read what is shown.
        Reset,
    };

    Kind kind = Kind::Document;
    Op op = Op::Updated;
    qint64 id = 0;
    qint64 documentId = 0;

    bool operator==(const Change &other) const
    {
        return kind == other.kind && op == other.op && id == other.id && documentId == other.documentId;
    }
};

using ChangeList = QList<Change>;

} // namespace bitext

Q_DECLARE_METATYPE(bitext::Change)
Q_DECLARE_METATYPE(bitext::ChangeList)
