#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace bitext {
class Library;
}

namespace bitext::ui {

class UndoController;

// Document-level edits from the window: editing the metadata (the document's own undo
// stack) and deleting documents after confirmation (the library's stack: undo brings
// them back).
class DocumentController : public QObject
{
    Q_OBJECT

public:
    DocumentController(UndoController *undo, QWidget *dialogParent);

    void setLibrary(Library *library);

    // Opens the metadata dialog; true when something was changed.
    bool askEdit(qint64 documentId);
    // Asks for confirmation, then deletes; true when deleted.
    bool askDelete(const QList<qint64> &documentIds);
    // Without asking (tests, scripts). Return the error message, empty on success.
    QString remove(const QList<qint64> &documentIds);

private:
    UndoController *m_undo;
    QPointer<QWidget> m_parent;
    QPointer<Library> m_library;
};

} // namespace bitext::ui
