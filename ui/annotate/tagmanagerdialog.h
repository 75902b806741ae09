#pragma once

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QTreeView;

namespace bitext {
class Library;
class TagTreeModel;
}

namespace bitext::ui {

class LibraryCommand;
class UndoController;

// Manages the codebook: create, rename, recolour, describe, move, merge and delete
// tags, each an undoable command. Deleting says how many quotes use the tag and asks.
class TagManagerDialog : public QDialog
{
    Q_OBJECT

public:
    TagManagerDialog(Library &library, UndoController *undo, QWidget *parent = nullptr);

    // The operations behind the buttons, without their prompts. Each returns false
    // (and shows why in the dialog) when the library refused the change.
    bool createTag(const QString &path);
    bool renameTag(qint64 tagId, const QString &name);
    bool recolorTag(qint64 tagId, const QColor &color);
    bool describeTag(qint64 tagId, const QString &description);
    bool moveTag(qint64 tagId, qint64 newParentId);
    bool mergeTag(qint64 fromId, qint64 intoId);
    // Asks first (see setConfirmHandler); false when refused or declined.
    bool deleteTag(qint64 tagId);

    // Test hook: answers the yes/no questions instead of a QMessageBox.
    void setConfirmHandler(std::function<bool(const QString &question)> handler) { m_confirm = std::move(handler); }
    QString lastQuestion() const { return m_lastQuestion; }
    QString statusText() const;

    TagTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    qint64 currentTagId() const;
    void selectTag(qint64 tagId);

private:
    void onNew();
    void onRename();
    void onRecolor();
    void onDescribe();
    void onMove();
    void onMerge();
    void onDelete();
    void updateButtons();
    bool run(LibraryCommand *command);
    bool confirm(const QString &question);
    // Asks for another tag (or the top level) by path; 0 with ok=false when cancelled.
    qint64 chooseTag(const QString &title, const QString &label, qint64 excludeSubtreeOf, bool offerTopLevel, bool *ok);

    Library &m_library;
    UndoController *m_undo; // outlives the dialog (the main window owns it)
    TagTreeModel *m_model;
    QTreeView *m_view;
    QLabel *m_status;
    QList<QPushButton *> m_tagButtons;
    std::function<bool(const QString &)> m_confirm;
    QString m_lastQuestion;
};

} // namespace bitext::ui
