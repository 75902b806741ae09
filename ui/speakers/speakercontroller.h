#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace bitext {
class Library;
}

namespace bitext::ui {

class UndoController;

// Speaker edits as undoable commands: rename, recolour and merge go to the library's
// stack (they apply everywhere), assignments to the current document's stack. The ask*
// variants ask the user first, in window-modal dialogs that return at once (named
// renameSpeakerDialog, mergeSpeakerOffer, mergeSpeakerDialog, assignSpeakerDialog);
// the others are what tests and other widgets call.
class SpeakerController : public QObject
{
    Q_OBJECT

public:
    SpeakerController(UndoController *undo, QWidget *dialogParent);

    void setLibrary(Library *library);

    // Each returns the error message, empty on success.
    QString rename(qint64 speakerId, const QString &name);
    QString recolor(qint64 speakerId, const QColor &color);
    QString merge(qint64 fromId, qint64 intoId);
    QString assign(const QList<qint64> &segmentIds, qint64 speakerId);
    // Assigns to the speaker with this name or alias, creating it when there is none.
    QString assignByName(const QList<qint64> &segmentIds, const QString &name);

    void askRename(qint64 speakerId);
    void askRecolor(qint64 speakerId);
    void askMerge(qint64 fromId);
    // Starts from the speaker the segments already share (none when they differ), never
    // from the one selected in the speakers panel: Enter alone must not reassign them.
    void askAssign(const QList<qint64> &segmentIds);
    // Renames, or when the name is another speaker's name or alias, offers to merge the
    // two (Merge / Cancel).
    void renameOrOfferMerge(qint64 speakerId, const QString &name);

private:
    void offerMerge(qint64 fromId, qint64 intoId, const QString &name);
    void report(const QString &error);

    UndoController *m_undo;
    QPointer<QWidget> m_parent;
    QPointer<Library> m_library;
};

} // namespace bitext::ui
