#include "ui/speakers/speakercontroller.h"

#include "models/core/error.h"
#include "models/store/library.h"
#include "models/store/speakerrepository.h"
#include "ui/commands/assignspeakercommand.h"
#include "ui/commands/mergespeakerscommand.h"
#include "ui/commands/recolorspeakercommand.h"
#include "ui/commands/renamespeakercommand.h"
#include "ui/mainwindow/undocontroller.h"

#include <QColorDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QUndoStack>

namespace bitext::ui {

SpeakerController::SpeakerController(UndoController *undo, QWidget *dialogParent)
    : QObject(dialogParent), m_undo(undo), m_parent(dialogParent)
{
}

void SpeakerController::setLibrary(Library *library)
{
    m_library = library;
}

QString SpeakerController::rename(qint64 speakerId, const QString &name)
{
    if (!m_library)
        return {};
    return LibraryCommand::push(m_undo->libraryStack(), new RenameSpeakerCommand(*m_library, speakerId, name));
}

QString SpeakerController::recolor(qint64 speakerId, const QColor &color)
{
    if (!m_library)
        return {};
    return LibraryCommand::push(m_undo->libraryStack(), new RecolorSpeakerCommand(*m_library, speakerId, color));
}

QString SpeakerController::merge(qint64 fromId, qint64 intoId)
{
    if (!m_library || fromId == intoId)
        return {};
    return LibraryCommand::push(m_undo->libraryStack(), new MergeSpeakersCommand(*m_library, fromId, intoId));
}

QString SpeakerController::assign(const QList<qint64> &segmentIds, qint64 speakerId)
{
    if (!m_library)
        return {};
    const auto speaker = m_library->speakers().find(speakerId);
    return LibraryCommand::push(m_undo->documentStack(m_undo->currentDocument()),
                                new AssignSpeakerCommand(*m_library, segmentIds, speakerId, speaker ? speaker->name : QString()));
}

QString SpeakerController::assignByName(const QList<qint64> &segmentIds, const QString &name)
{
    if (!m_library)
        return {};
    return LibraryCommand::push(m_undo->documentStack(m_undo->currentDocument()),
                                new AssignSpeakerCommand(*m_library, segmentIds, name));
}

void SpeakerController::report(const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(m_parent, tr("Speakers"), error);
}

void SpeakerController::askRename(qint64 speakerId)
{
    if (!m_library)
        return;
    const auto speaker = m_library->speakers().find(speakerId);
    if (!speaker)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_parent, tr("Rename Speaker"),
                                               tr("New name for %1 (in every document):").arg(speaker->name),
                                               QLineEdit::Normal, speaker->name, &ok);
    if (ok && name.trimmed() != speaker->name)
        report(rename(speakerId, name));
}

void SpeakerController::askRecolor(qint64 speakerId)
{
    if (!m_library)
        return;
    const auto speaker = m_library->speakers().find(speakerId);
    if (!speaker)
        return;
    const QColor color = QColorDialog::getColor(speaker->color, m_parent, tr("Colour of %1").arg(speaker->name));
    if (color.isValid())
        report(recolor(speakerId, color));
}

void SpeakerController::askMerge(qint64 fromId)
{
    if (!m_library)
        return;
    const auto from = m_library->speakers().find(fromId);
    if (!from)
        return;
    QStringList names;
    QList<qint64> ids;
    const QList<Speaker> speakers = m_library->speakers().list();
    for (const Speaker &s : speakers) {
        if (s.id != fromId) {
            names << s.name;
            ids << s.id;
        }
    }
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString into = QInputDialog::getItem(
        m_parent, tr("Merge Speaker"),
        tr("Merge %1 into which speaker? Every segment of %1, in every document, moves to that speaker, "
           "and %1 becomes one of its aliases.")
            .arg(from->name),
        names, 0, false, &ok);
    if (ok)
        report(merge(fromId, ids.value(names.indexOf(into))));
}

void SpeakerController::askAssign(const QList<qint64> &segmentIds, qint64 suggestedSpeakerId)
{
    if (!m_library || segmentIds.isEmpty())
        return;
    QStringList names;
    int current = 0;
    const QList<Speaker> speakers = m_library->speakers().list();
    for (const Speaker &s : speakers) {
        if (s.id == suggestedSpeakerId)
            current = int(names.size());
        names << s.name;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(
        m_parent, tr("Assign Speaker"),
        tr("Speaker of the %n selected segment(s) (type a new name to add a speaker):", nullptr, int(segmentIds.size())),
        names, current, true, &ok);
    if (ok && !name.trimmed().isEmpty())
        report(assignByName(segmentIds, name));
}

} // namespace bitext::ui
