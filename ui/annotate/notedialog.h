#pragma once

#include <QDialog>

class QUndoStack;

namespace bitext {
class Library;
}

namespace bitext::ui {

class NoteEditor;

// A small window around a NoteEditor for the note of a highlight or of a document, with
// what it is about shown above. Every keystroke is stored (and undoable) at once, so
// the dialog only needs Close.
class NoteDialog : public QDialog
{
    Q_OBJECT

public:
    NoteDialog(Library &library, QUndoStack *undoStack, const QString &title, const QString &heading,
               QWidget *parent = nullptr);

    NoteEditor *editor() const { return m_editor; }

private:
    NoteEditor *m_editor;
};

} // namespace bitext::ui
