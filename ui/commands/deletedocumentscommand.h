#pragma once

#include "models/domain/annotation.h"
#include "models/domain/note.h"
#include "models/domain/parseddocument.h"
#include "ui/commands/librarycommand.h"

#include <QList>

namespace bitext::ui {

// Deletes documents from the library. Undo re-inserts each one with its text, speakers,
// annotations and notes (the document gets a new id; annotations are re-anchored to the
// new segments by position).
class DeleteDocumentsCommand : public LibraryCommand
{
public:
    DeleteDocumentsCommand(Library &library, const QList<qint64> &documentIds);

    // Ids of the documents as they exist now (they change with each undo).
    QList<qint64> documentIds() const;

protected:
    void apply() override;
    void revert() override;

private:
    struct Snapshot
    {
        ParsedDocument text;
        QList<Annotation> annotations;
        QList<Note> annotationNotes;
        QString documentNote;
    };
    Snapshot take(qint64 documentId);

    QList<qint64> m_ids;
    QList<Snapshot> m_snapshots;
};

} // namespace bitext::ui
