#pragma once

#include <QDockWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QTreeView;

namespace bitext {
class AnnotationFilterModel;
class AnnotationListModel;
class Library;
class TagTreeModel;
}

namespace bitext::ui {

class NoteEditor;
class TagPicker;
class UndoController;

// The annotations dock: the quotes of the current document or of the whole library,
// filtered by tag (the codebook tree with counts), speaker, colour and text, with the
// note of the selected quote. Activating a quote emits annotationActivated so the
// main window can open the document, scroll to the quote and flash it. Edits go to the
// undo stack of the quote's own document, which need not be the open one.
class AnnotationsDock : public QDockWidget
{
    Q_OBJECT

public:
    AnnotationsDock(Library &library, UndoController *undo, QWidget *parent = nullptr);

    // The document the reader shows (0: none); "This document" scope follows it. With
    // none, the scope is the whole library (and says so) until one is open.
    void setDocument(qint64 documentId);
    // The scope the user chose (it shows once a document is open).
    void setWholeLibrary(bool wholeLibrary);
    bool isWholeLibrary() const;

    AnnotationListModel *listModel() const { return m_list; }
    AnnotationFilterModel *filterModel() const { return m_filter; }
    TagTreeModel *tagModel() const { return m_tags; }
    QListView *listView() const { return m_listView; }
    QComboBox *scopeBox() const { return m_scope; }
    QTreeView *tagView() const { return m_tagView; }
    NoteEditor *noteEditor() const { return m_note; }
    TagPicker *tagPicker() const { return m_picker; }
    qint64 currentAnnotationId() const;
    // The version of the current quote as the list shows it, for the edits made on it.
    std::optional<int> shownVersion() const;
    // Actions of other features for the list's context menu, acting on the current quote
    // (Play Quote); they stay on in a read-only library.
    void addContextActions(const QList<QAction *> &actions) { m_moreActions += actions; }

public slots:
    // Selects a quote in the list (e.g. when the reader's cursor enters a highlight).
    void selectAnnotation(qint64 annotationId);
    // Edits of the current quote, as undoable commands.
    void removeCurrent();
    void addTagToCurrent(qint64 tagId);
    void removeTagFromCurrent(qint64 tagId);
    void recolorCurrent(const QColor &color);
    void clearFilters();

signals:
    void annotationActivated(qint64 documentId, qint64 annotationId);

private:
    void applyScope();
    void activate(const QModelIndex &index);
    void onCurrentChanged();
    void refillCombos();
    void updateCount();
    void showContextMenu(const QPoint &position);

    Library &m_library;
    UndoController *m_undo; // outlives the dock (the main window owns it)
    qint64 m_documentId = 0;
    bool m_wantWholeLibrary = false; // the user's choice of scope
    AnnotationListModel *m_list;
    AnnotationFilterModel *m_filter;
    TagTreeModel *m_tags;
    QComboBox *m_scope;
    QLineEdit *m_text;
    QComboBox *m_speaker;
    QComboBox *m_color;
    QTreeView *m_tagView;
    QListView *m_listView;
    QList<QAction *> m_moreActions;
    QLabel *m_count;
    NoteEditor *m_note;
    TagPicker *m_picker;
};

} // namespace bitext::ui
