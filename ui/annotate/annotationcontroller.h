#pragma once

#include "models/store/change.h"
#include "ui/reader/textrange.h"

#include <QColor>
#include <QObject>
#include <QPointer>

class QDialog;

namespace bitext {
class Library;
}

namespace bitext::ui {

class AnnotationActions;
class AnnotationsDock;
class HighlightDecorator;
class MainWindow;
class NoteDialog;
class TagManagerDialog;
class TagPicker;
class UndoController;

// Brings annotating into the main window: the Annotate actions (menu, tool bar, reader
// context menu), the highlights painted in the reader, the annotations dock and the
// tag and note dialogs. Every edit is an undoable command, kept on the stack of the data
// it changes (a quote's: its document's; a tag's: the library's). The "current
// highlight" is the one the user clicked in the reader or chose in the dock; Remove
// Highlight acts on the highlight under the text selection, or without one on it.
class AnnotationController : public QObject
{
    Q_OBJECT

public:
    explicit AnnotationController(MainWindow *window);
    ~AnnotationController() override;

    AnnotationActions *actions() const { return m_actions; }
    HighlightDecorator *decorator() const { return m_decorator; }
    // These exist while a library is open (they are bound to it).
    AnnotationsDock *dock() const;
    TagPicker *tagPicker() const;
    // The dialogs last opened, while they are open.
    NoteDialog *noteDialog() const;
    TagManagerDialog *tagManager() const;

    qint64 currentAnnotationId() const { return m_current; }
    void setCurrentAnnotation(qint64 annotationId);
    // What Remove Highlight acts on: the highlight under the text selection (none when
    // the selection is on no highlight), else the current one; 0 for none.
    qint64 targetAnnotationId() const;

protected:
    // Closing the window closes the note dialog first, which asks about unsaved text.
    bool eventFilter(QObject *watched, QEvent *event) override;

public slots:
    // Stores the reader's text selection as a highlight (colour: the chosen one); returns
    // its id, 0 when there was nothing to highlight or it failed.
    qint64 highlightSelection();
    void chooseColor(const QColor &color);
    void tag();
    void editNote();
    void removeHighlight();
    void manageTags();
    void editDocumentNote();
    // Opens the document if needed, scrolls the reader to the quote and flashes it.
    void goToAnnotation(qint64 documentId, qint64 annotationId);

private:
    void onLibraryChanged(Library *library);
    void onDocumentChanged(qint64 documentId);
    void onChanged(const bitext::ChangeList &changes);
    void updateActions();
    UndoController *undo() const;
    // The selection in the pane that has one (empty range when none).
    TextRange paneSelection() const;
    // Highlights a range (or acts on the highlight already on exactly that passage:
    // adds the tags, and the colour when `recolor`); returns its id, 0 on failure.
    qint64 createAnnotation(const SegmentTextRange &range, const QList<qint64> &tagIds, bool recolor = false);
    void onTagPicked(qint64 tagId);
    void addTag(qint64 annotationId, qint64 tagId);
    void report(const QString &error);
    // Screen rectangle the tag picker goes beside: the selection, else the highlight.
    QRect popupAnchor() const;
    // Tags and note of a highlight, for hovering it.
    QString toolTip(qint64 annotationId) const;
    NoteDialog *showNoteDialog(const QString &title, const QString &heading);

    MainWindow *m_window;
    QPointer<Library> m_library;
    AnnotationActions *m_actions;
    HighlightDecorator *m_decorator;
    QPointer<AnnotationsDock> m_dock;
    QPointer<TagPicker> m_picker;
    QPointer<NoteDialog> m_noteDialog;
    QPointer<TagManagerDialog> m_tagManager;
    qint64 m_current = 0;
    // What the picker's choice applies to: a selection still to highlight, or a highlight.
    SegmentTextRange m_pendingRange;
    qint64 m_pendingAnnotation = 0;
};

} // namespace bitext::ui
