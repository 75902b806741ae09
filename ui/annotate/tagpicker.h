#pragma once

#include <QFrame>
#include <QPointer>
#include <QUndoStack>

class QLabel;
class QLineEdit;
class QListWidget;

namespace bitext {
class Library;
}

namespace bitext::ui {

// A small popup to pick a codebook tag by typing: the list narrows with every key
// (prefix matches first); Enter takes the highlighted tag, or creates the typed path
// ("Parent/Child", through an undoable CreateTagCommand) when no tag has that path.
class TagPicker : public QFrame
{
    Q_OBJECT

public:
    TagPicker(Library &library, QUndoStack *undoStack, QWidget *parent = nullptr);

    // Shows the picker at a screen position with an empty filter and focus in it.
    void popup(const QPoint &globalPosition);
    void setUndoStack(QUndoStack *undoStack) { m_undoStack = undoStack; }

    QLineEdit *lineEdit() const { return m_edit; }
    QListWidget *list() const { return m_list; }

signals:
    void tagPicked(qint64 tagId);

public slots:
    // Takes the highlighted entry (an existing tag or "Create …"); emits tagPicked.
    bool accept();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();

    Library &m_library;
    QPointer<QUndoStack> m_undoStack;
    QLineEdit *m_edit;
    QListWidget *m_list;
    QLabel *m_status;
};

} // namespace bitext::ui
