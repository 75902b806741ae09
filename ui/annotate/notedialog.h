#pragma once

#include <QDialog>
#include <QMessageBox>

#include <functional>

class QPushButton;

namespace bitext {
class Library;
}

namespace bitext::ui {

class NoteEditor;
class UndoController;

// A small window around a NoteEditor for the note of a highlight or of a document, with
// what it is about shown above. Typing goes to the editor at once and Enter is a new
// line there; Save (Ctrl+Enter) stores the note as one undo step; Cancel, Escape or
// closing the window with unsaved changes asks whether to save, discard or keep
// editing, so a note is never lost nor kept without the user saying so.
class NoteDialog : public QDialog
{
    Q_OBJECT

public:
    NoteDialog(Library &library, UndoController *undo, const QString &title, const QString &heading,
        QWidget *parent = nullptr);

    NoteEditor *editor() const { return m_editor; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *cancelButton() const { return m_cancel; }

    // Test hook: answers "save the changes?" (Save, Discard or Cancel: keep editing)
    // instead of a message box; promptCount() says how often it was asked.
    void setChangesPrompt(std::function<QMessageBox::StandardButton()> prompt) { m_prompt = std::move(prompt); }
    int promptCount() const { return m_prompts; }

public slots:
    // Stores the note and closes; stays open (showing why) when it could not be stored.
    void save();
    // Closes, asking first about unsaved changes.
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static bool isSaveKey(const QEvent *event);
    QMessageBox::StandardButton askAboutChanges();

    NoteEditor *m_editor;
    QPushButton *m_save;
    QPushButton *m_cancel;
    std::function<QMessageBox::StandardButton()> m_prompt;
    int m_prompts = 0;
};

} // namespace bitext::ui
