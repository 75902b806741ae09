#pragma once

#include "ui/reader/textrange.h"

#include <QColor>
#include <QObject>
#include <QPointer>

class QDialog;
class QUndoStack;

namespace bitext {
class Library;
}

namespace bitext::ui {

class AnnotationActions;
class AnnotationsDock;
class HighlightDecorator;
class MainWindow;
class TagManagerDialog;
class TagPicker;

// Brings annotating into the main window: the Annotate actions (menu, tool bar, reader
// context menu), the highlights painted in the reader, the annotations dock and the
// tag and note dialogs. Every edit is an undoable command on the open document's stack
// (tags in the manager: the library's). The "current highlight" is the one the user
// clicked in the reader or chose in the dock; actions without a text selection act on it.
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
    QDialog *noteDialog() const;
    TagManagerDialog *tagManager() const;

    qint64 currentAnnotationId() const { return m_current; }
    void setCurrentAnnotation(qint64 annotationId);

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
    void onAnnotationsChanged(qint64 documentId);
    void updateActions();
    QUndoStack *documentStack() const;
    qint64 createAnnotation(const SegmentTextRange &range, const QList<qint64> &tagIds);
    void onTagPicked(qint64 tagId);
    void addTag(qint64 annotationId, qint64 tagId);
    QPoint popupPosition() const;
    // Tags and note of a highlight, for hovering it.
    QString toolTip(qint64 annotationId) const;
    QDialog *showNoteDialog(const QString &title, const QString &heading);

    MainWindow *m_window;
    QPointer<Library> m_library;
    AnnotationActions *m_actions;
    HighlightDecorator *m_decorator;
    QPointer<AnnotationsDock> m_dock;
    QPointer<TagPicker> m_picker;
    QPointer<QDialog> m_noteDialog;
    QPointer<TagManagerDialog> m_tagManager;
    qint64 m_current = 0;
    // What the picker's choice applies to: a selection still to highlight, or a highlight.
    SegmentTextRange m_pendingRange;
    qint64 m_pendingAnnotation = 0;
};

} // namespace bitext::ui
