#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QListWidget;

namespace bitext {
class Library;
}

namespace bitext::ui {

class UndoController;

// A small popup to pick a codebook tag by typing: the list narrows with every key
// (prefix matches first); Enter takes the highlighted tag, or creates the typed path
// ("Parent/Child", through an undoable CreateTagCommand on the library's stack) when no
// tag has that path. Creating the tag and what the receivers of tagPicked do with it
// are one undo step.
class TagPicker : public QFrame
{
    Q_OBJECT

public:
    TagPicker(Library &library, UndoController *undo, QWidget *parent = nullptr);

    // Shows the picker beside `anchor` (screen coordinates: the selected text, or a
    // clicked point), never over it and inside the screen, with an empty filter and
    // focus in it.
    void popup(const QRect &anchor);
    // Where a popup of `size` goes for `anchor` on a screen's available area: below the
    // anchor, else above it, else to its right or left, moved inside the area.
    static QPoint placement(const QRect &anchor, const QSize &size, const QRect &available);

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
    UndoController *m_undo; // outlives the picker (the main window owns it)
    QLineEdit *m_edit;
    QListWidget *m_list;
    QLabel *m_status;
};

} // namespace bitext::ui
