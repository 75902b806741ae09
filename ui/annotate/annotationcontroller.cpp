#include "ui/annotate/annotationcontroller.h"

#include "models/annotate/anchor.h"
#include "models/core/error.h"
#include "models/core/preferences.h"
#include "models/export/notehtml.h"
#include "models/item/annotationlistmodel.h"
#include "models/item/annotationroles.h"
#include "models/item/segmentmodel.h"
#include "models/store/annotationrepository.h"
#include "models/store/library.h"
#include "ui/annotate/annotationactions.h"
#include "ui/annotate/annotationsdock.h"
#include "ui/annotate/highlightdecorator.h"
#include "ui/annotate/highlightpointer.h"
#include "ui/annotate/notedialog.h"
#include "ui/annotate/noteeditor.h"
#include "ui/annotate/popupanchor.h"
#include "ui/annotate/tagmanagerdialog.h"
#include "ui/annotate/tagpicker.h"
#include "ui/commands/createannotationcommand.h"
#include "ui/commands/deleteannotationcommand.h"
#include "ui/commands/recolorannotationcommand.h"
#include "ui/commands/retagannotationcommand.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/readonlybanner.h"
#include "ui/mainwindow/undocontroller.h"
#include "ui/reader/readerview.h"

#include <QAction>
#include <QDialog>
#include <QMenu>
#include <QStatusBar>

#include <optional>
#include <utility>

namespace bitext::ui {

AnnotationController::AnnotationController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_actions(new AnnotationActions(this))
    , m_decorator(new HighlightDecorator(window->segmentModel(), window->reader(), this))
{
    setObjectName(QStringLiteral("annotationController"));
    ReaderView *reader = window->reader();
    m_actions->install(window->menu(MainWindow::Menu::Annotate), window->toolBar(), reader);
    reader->addDecorator([this](int row, Side side) { return m_decorator->formats(row, side); });
    connect(m_decorator, &HighlightDecorator::changed, reader, &ReaderView::updateDecorations);

    SegmentModel *segments = window->segmentModel();
    const auto documentReloaded = [this] {
        m_decorator->reload();
        setCurrentAnnotation(0);
    };
    connect(segments, &QAbstractItemModel::modelReset, this, documentReloaded);
    connect(segments, &SegmentModel::documentRefreshed, m_decorator, &HighlightDecorator::reload);
    connect(reader, &ReaderView::textSelectionChanged, this, &AnnotationController::updateActions);
    connect(reader, &ReaderView::currentRowChanged, this, [this](int row) {
        // Moving with the keyboard onto a row with a quote makes it the one to act on.
        const QPair<int, int> rows = m_decorator->index().rows(m_current);
        if (!m_current || row < rows.first || row > rows.second)
            setCurrentAnnotation(m_decorator->firstAnnotationInRow(row));
    });
    auto *pointer = new HighlightPointer(reader, m_decorator, this);
    pointer->setToolTipProvider([this](qint64 id) { return toolTip(id); });
    connect(pointer, &HighlightPointer::pointed, this, &AnnotationController::setCurrentAnnotation);

    connect(window, &MainWindow::libraryChanged, this, &AnnotationController::onLibraryChanged);
    connect(window, &MainWindow::documentChanged, this, &AnnotationController::onDocumentChanged);
    connect(m_actions->highlight, &QAction::triggered, this, &AnnotationController::highlightSelection);
    connect(m_actions, &AnnotationActions::colorChosen, this, &AnnotationController::chooseColor);
    connect(m_actions->tag, &QAction::triggered, this, &AnnotationController::tag);
    connect(m_actions->note, &QAction::triggered, this, &AnnotationController::editNote);
    connect(m_actions->removeHighlight, &QAction::triggered, this, &AnnotationController::removeHighlight);
    connect(m_actions->manageTags, &QAction::triggered, this, &AnnotationController::manageTags);
    connect(m_actions->documentNote, &QAction::triggered, this, &AnnotationController::editDocumentNote);
    window->installEventFilter(this);
    window->readOnlyBanner()->addEditActions({m_actions->highlight, m_actions->colorMenu->menuAction(), m_actions->tag,
        m_actions->note, m_actions->removeHighlight, m_actions->manageTags, m_actions->documentNote});
    updateActions();
}

bool AnnotationController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && m_noteDialog && !m_noteDialog->close()) {
        event->ignore(); // the user keeps editing the note
        return true;
    }
    return QObject::eventFilter(watched, event);
}

AnnotationController::~AnnotationController() = default;

AnnotationsDock *AnnotationController::dock() const
{
    return m_dock;
}

TagPicker *AnnotationController::tagPicker() const
{
    return m_picker;
}

NoteDialog *AnnotationController::noteDialog() const
{
    return m_noteDialog;
}

TagManagerDialog *AnnotationController::tagManager() const
{
    return m_tagManager;
}

void AnnotationController::onLibraryChanged(Library *library)
{
    // The dock, picker and dialogs hold the library they were made for.
    delete m_dock;
    delete m_picker;
    delete m_noteDialog;
    delete m_tagManager;
    m_library = library;
    m_current = 0;
    m_decorator->setLibrary(library);
    if (library) {
        connect(library, &Library::changed, this, &AnnotationController::onChanged);
        m_dock = new AnnotationsDock(*library, undo(), m_window);
        m_window->addPanel(m_dock, Qt::RightDockWidgetArea);
        if (!m_window->restoreDockWidget(m_dock))
            m_window->resizeDocks({m_dock}, {360}, Qt::Horizontal);
        m_dock->setDocument(m_window->currentDocumentId());
        connect(m_dock, &AnnotationsDock::annotationActivated, this, &AnnotationController::goToAnnotation);
        m_picker = new TagPicker(*library, undo(), m_window);
        m_picker->setObjectName(QStringLiteral("readerTagPicker"));
        connect(m_picker, &TagPicker::tagPicked, this, &AnnotationController::onTagPicked);
    }
    updateActions();
}

void AnnotationController::onDocumentChanged(qint64 documentId)
{
    if (m_dock)
        m_dock->setDocument(documentId);
    updateActions();
}

void AnnotationController::onChanged(const ChangeList &changes)
{
    // Only the changed highlights of the open document are placed again: the reader
    // keeps its scroll position, its selection and the current quote.
    const qint64 documentId = m_window->currentDocumentId();
    bool everything = false;
    QList<qint64> annotations;
    for (const Change &change : changes) {
        if (change.kind == Change::Kind::Tag) {
            everything = true; // tag colours colour uncoloured quotes
        } else if (change.kind == Change::Kind::Annotation
            && (change.documentId == 0 || change.documentId == documentId)) {
            if (change.op == Change::Op::Reset)
                everything = true;
            else if (!annotations.contains(change.id))
                annotations << change.id;
        }
    }
    if (!everything && annotations.isEmpty())
        return;
    if (everything || annotations.size() > 64)
        m_decorator->reload();
    else
        m_decorator->refresh(annotations);
    // Removed (or its creation undone): nothing to act on any more.
    if (m_current && m_decorator->index().rows(m_current).first < 0)
        m_current = 0;
    updateActions();
}

UndoController *AnnotationController::undo() const
{
    return m_window->undoController();
}

void AnnotationController::report(const QString &error)
{
    if (!error.isEmpty())
        m_window->statusBar()->showMessage(error, 8000);
}

TextRange AnnotationController::paneSelection() const
{
    ReaderView *reader = m_window->reader();
    for (int i = 0; i < reader->paneCount(); ++i) {
        const TextRange range = reader->pane(i)->textSelection().normalized();
        if (!range.isEmpty())
            return range;
    }
    return {};
}

qint64 AnnotationController::targetAnnotationId() const
{
    const TextRange range = paneSelection();
    if (range.isEmpty())
        return m_current;
    return m_decorator->index().annotationUnder(
        {range.side, range.startRow, range.startOffset, range.endRow, range.endOffset});
}

void AnnotationController::setCurrentAnnotation(qint64 annotationId)
{
    m_current = annotationId;
    if (m_current && m_dock)
        m_dock->selectAnnotation(m_current);
    updateActions();
}

void AnnotationController::updateActions()
{
    const bool library = m_library != nullptr;
    const bool document = library && m_window->currentDocumentId() != 0;
    const bool selection = document && !m_window->reader()->textSelection().isEmpty();
    const bool current = document && m_current != 0;
    m_actions->highlight->setEnabled(selection);
    m_actions->colorMenu->menuAction()->setEnabled(document);
    m_actions->tag->setEnabled(selection || current);
    m_actions->note->setEnabled(selection || current);
    m_actions->removeHighlight->setEnabled(document && targetAnnotationId() != 0);
    m_actions->manageTags->setEnabled(library);
    m_actions->documentNote->setEnabled(document);
}

qint64 AnnotationController::createAnnotation(const SegmentTextRange &range, const QList<qint64> &tagIds, bool recolor)
{
    const qint64 documentId = m_window->currentDocumentId();
    if (!m_library || !documentId || range.isEmpty())
        return 0;
    SegmentModel *segments = m_window->segmentModel();
    QList<Segment> list;
    list.reserve(segments->rowCount());
    for (int row = 0; row < segments->rowCount(); ++row)
        list << segments->segmentAt(row);
    const SideText text(list, range.side);
    Annotation annotation;
    try {
        annotation = Anchor::create(text, documentId, {text.rowOfSegment(range.startSegmentId), range.startOffset},
                                    {text.rowOfSegment(range.endSegmentId), range.endOffset});
    } catch (const Error &error) {
        m_window->statusBar()->showMessage(error.message(), 5000);
        return 0;
    }
    // Exactly this passage is highlighted already: act on that highlight, no twin.
    std::optional<Annotation> existing;
    try {
        existing = m_library->annotations().samePassage(annotation);
    } catch (const Error &) {
        // Unreadable: the new highlight is made; the library reports the error on write.
    }
    qint64 id = 0;
    if (existing) {
        id = existing->id;
        for (qint64 tagId : tagIds)
            addTag(id, tagId);
        if (recolor && existing->color != m_actions->color())
            report(undo()->push(new RecolorAnnotationCommand(*m_library, id, m_actions->color(), existing->version)));
    } else {
        annotation.color = m_actions->color();
        annotation.author = Preferences::authorName();
        annotation.tagIds = tagIds;
        auto *command = new CreateAnnotationCommand(*m_library, annotation);
        const QString error = undo()->push(command);
        if (!error.isEmpty()) {
            report(tr("Could not store the highlight: %1").arg(error));
            return 0;
        }
        id = command->annotationId(); // the stack owns it now
    }
    // The selection became the highlight: further actions apply to it.
    for (int i = 0; i < m_window->reader()->paneCount(); ++i)
        m_window->reader()->pane(i)->clearTextSelection();
    setCurrentAnnotation(id);
    return id;
}

qint64 AnnotationController::highlightSelection()
{
    return createAnnotation(m_window->reader()->textSelection(), {});
}

void AnnotationController::chooseColor(const QColor &color)
{
    if (!m_window->reader()->textSelection().isEmpty())
        createAnnotation(m_window->reader()->textSelection(), {}, true);
    else if (m_current && m_library)
        report(undo()->push(new RecolorAnnotationCommand(*m_library, m_current, color)));
}

void AnnotationController::tag()
{
    if (!m_picker)
        return;
    m_pendingRange = m_window->reader()->textSelection();
    m_pendingAnnotation = m_pendingRange.isEmpty() ? m_current : 0;
    if (m_pendingRange.isEmpty() && !m_pendingAnnotation)
        return;
    m_picker->popup(popupAnchor());
}

void AnnotationController::onTagPicked(qint64 tagId)
{
    // The highlight is made only now, so cancelling the picker leaves nothing behind.
    if (!m_pendingRange.isEmpty())
        createAnnotation(std::exchange(m_pendingRange, SegmentTextRange()), {tagId});
    else if (m_pendingAnnotation)
        addTag(std::exchange(m_pendingAnnotation, 0), tagId);
}

void AnnotationController::addTag(qint64 annotationId, qint64 tagId)
{
    std::optional<Annotation> annotation;
    try {
        annotation = m_library->annotations().find(annotationId);
    } catch (const Error &error) {
        m_window->statusBar()->showMessage(error.message(), 5000);
    }
    if (!annotation || annotation->tagIds.contains(tagId))
        return;
    QList<qint64> tags = annotation->tagIds;
    tags << tagId;
    // Based on the tags just read: someone else's change in between is kept, not lost.
    report(undo()->push(new RetagAnnotationCommand(*m_library, annotationId, tags, annotation->version)));
}

QRect AnnotationController::popupAnchor() const
{
    ReaderView *reader = m_window->reader();
    QRect anchor = PopupAnchor::forRange(reader, paneSelection());
    if (anchor.isNull() && m_current) {
        const HighlightIndex::Extent e = m_decorator->index().extent(m_current);
        anchor
            = PopupAnchor::forRange(reader, TextRange {e.side, e.startRow, e.startPosition, e.endRow, e.endPosition});
    }
    if (anchor.isNull())
        anchor = PopupAnchor::forRow(reader, reader->currentRow());
    if (anchor.isNull()) // nothing of it on screen: the middle of the reader
        anchor = QRect(reader->mapToGlobal(reader->rect().center()), QSize(1, 1));
    return anchor;
}

void AnnotationController::editNote()
{
    // One note at a time: the one open is closed first, as the user would close it.
    if (!m_library || (m_noteDialog && !m_noteDialog->close()))
        return;
    qint64 id = m_current;
    const SegmentTextRange range = m_window->reader()->textSelection();
    if (!range.isEmpty())
        id = createAnnotation(range, {});
    if (!id)
        return;
    std::optional<Annotation> annotation;
    try {
        annotation = m_library->annotations().find(id);
    } catch (const Error &) {
    }
    // Synthetic italics garble CJK: the quote is set off by quotation marks instead.
    NoteDialog *dialog = showNoteDialog(
        tr("Note on Highlight"), annotation ? tr("“%1”").arg(annotation->quote.simplified()) : QString());
    dialog->editor()->setAnnotation(id);
    dialog->show();
}

void AnnotationController::editDocumentNote()
{
    const qint64 documentId = m_window->currentDocumentId();
    if (!documentId || !m_library || (m_noteDialog && !m_noteDialog->close()))
        return;
    NoteDialog *dialog = showNoteDialog(tr("Document Note"), m_window->segmentModel()->document().title);
    dialog->editor()->setDocument(documentId);
    dialog->show();
}

NoteDialog *AnnotationController::showNoteDialog(const QString &title, const QString &heading)
{
    auto *dialog = new NoteDialog(*m_library, undo(), title, heading, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_noteDialog = dialog;
    return dialog; // shown (with focus in the editor) once its note is set
}

void AnnotationController::removeHighlight()
{
    const qint64 target = targetAnnotationId();
    if (!target || !m_library)
        return;
    report(undo()->push(new DeleteAnnotationCommand(*m_library, target)));
    for (int i = 0; i < m_window->reader()->paneCount(); ++i)
        m_window->reader()->pane(i)->clearTextSelection();
    setCurrentAnnotation(0);
}

void AnnotationController::manageTags()
{
    if (!m_library)
        return;
    if (!m_tagManager) {
        // Tags are library-wide: their edits go to the library's undo stack.
        m_tagManager = new TagManagerDialog(*m_library, undo(), m_window);
        m_tagManager->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_tagManager->show();
    m_tagManager->raise();
    m_tagManager->activateWindow();
}

void AnnotationController::goToAnnotation(qint64 documentId, qint64 annotationId)
{
    if (documentId && documentId != m_window->currentDocumentId())
        m_window->openDocument(documentId);
    if (documentId != m_window->currentDocumentId())
        return;
    const int row = m_decorator->index().rows(annotationId).first;
    if (row < 0) {
        m_window->statusBar()->showMessage(tr("This quote's text is no longer in the document."), 5000);
        return;
    }
    ReaderView *reader = m_window->reader();
    reader->scrollToRow(row);
    reader->setCurrentRow(row);
    setCurrentAnnotation(annotationId);
    m_decorator->flash(annotationId);
}

QString AnnotationController::toolTip(qint64 annotationId) const
{
    const QModelIndex index = m_dock ? m_dock->listModel()->indexOfAnnotation(annotationId) : QModelIndex();
    if (!index.isValid())
        return {};
    const QStringList tags = index.data(AnnotationRole::TagPathsRole).toStringList();
    QString note = index.data(AnnotationRole::NoteRole).toString().trimmed();
    if (note.size() > 300)
        note = note.left(300) + QStringLiteral("…");
    QStringList parts;
    parts << (tags.isEmpty() ? tr("<i>No tags</i>") : tr("<b>Tags:</b> %1").arg(tags.join(QStringLiteral(", ")).toHtmlEscaped()));
    if (!note.isEmpty())
        parts << NoteHtml::fromMarkdown(note); // rendered as in exports, nothing loaded
    return parts.join(QStringLiteral("<br>"));
}

} // namespace bitext::ui
