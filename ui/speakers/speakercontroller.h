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
// variants ask the user first; the others are what tests and other widgets call.
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
    void askAssign(const QList<qint64> &segmentIds, qint64 suggestedSpeakerId);

private:
    void report(const QString &error);

    UndoController *m_undo;
    QPointer<QWidget> m_parent;
    QPointer<Library> m_library;
};

} // namespace bitext::ui
