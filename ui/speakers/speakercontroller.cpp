#include "ui/speakers/speakercontroller.h"

#include "models/core/error.h"
#include "models/store/library.h"
#include "models/store/speakerrepository.h"
#include "models/text/untrustedtext.h"
#include "ui/commands/assignspeakercommand.h"
#include "ui/commands/createspeakercommand.h"
#include "ui/commands/mergespeakerscommand.h"
#include "ui/commands/recolorspeakercommand.h"
#include "ui/commands/renamespeakercommand.h"
#include "ui/mainwindow/undocontroller.h"
#include "ui/speakers/speakerchoicedialog.h"

#include <QColorDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

#include <algorithm>

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
    return m_undo->push(new AssignSpeakerCommand(*m_library, m_undo->currentDocument(), segmentIds, speakerId,
                                                 speaker ? speaker->name : QString()));
}

QString SpeakerController::assignByName(const QList<qint64> &segmentIds, const QString &name)
{
    if (!m_library)
        return {};
    if (const auto existing = m_library->speakers().findByName(name.trimmed()))
        return assign(segmentIds, existing->id);
    // A new name: the speaker (library data, on the library's stack) and the assignment
    // (on the document's) are one user action, undone and redone together.
    const UndoController::Step step(m_undo);
    auto *create = new CreateSpeakerCommand(*m_library, name);
    if (const QString error = m_undo->push(create); !error.isEmpty())
        return error;
    return assign(segmentIds, create->speakerId());
}

void SpeakerController::report(const QString &error)
{
    if (error.isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Speakers"), untrustedtext::shownLiterally(error), QMessageBox::Ok, m_parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void SpeakerController::askRename(qint64 speakerId)
{
    if (!m_library)
        return;
    const auto speaker = m_library->speakers().find(speakerId);
    if (!speaker)
        return;
    auto *dialog = new QInputDialog(m_parent);
    dialog->setObjectName(QStringLiteral("renameSpeakerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Speaker"));
    // The label has the line edit as buddy (a '&' marks a shortcut) and guesses the format.
    dialog->setLabelText(untrustedtext::shownLiterally(
        tr("New name for %1 (in every document):").arg(untrustedtext::withoutMnemonic(speaker->name))));
    dialog->setTextValue(speaker->name);
    const QString old = speaker->name;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, speakerId, old](const QString &name) {
        if (name.trimmed() != old)
            renameOrOfferMerge(speakerId, name);
    });
    dialog->open();
}

void SpeakerController::renameOrOfferMerge(qint64 speakerId, const QString &name)
{
    if (!m_library)
        return;
    if (const auto other = m_library->speakers().otherWithName(speakerId, name.trimmed()))
        offerMerge(speakerId, other->id, name.trimmed());
    else
        report(rename(speakerId, name));
}

void SpeakerController::offerMerge(qint64 fromId, qint64 intoId, const QString &name)
{
    const auto from = m_library->speakers().find(fromId);
    const auto into = m_library->speakers().find(intoId);
    if (!from || !into)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Merge Speakers?"),
        untrustedtext::shownLiterally(tr("“%1” is already a name of %2.").arg(name, into->nameWithAliases())),
        QMessageBox::NoButton, m_parent);
    box->setObjectName(QStringLiteral("mergeSpeakerOffer"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(untrustedtext::shownLiterally(
        tr("Merge %1 into %2? Every segment of %3, in every document, moves to %2, and %3 "
           "becomes another name of %2. Undo takes the merge back.")
            .arg(from->nameWithAliases(), into->name, from->name)));
    QPushButton *mergeButton = box->addButton(tr("Merge"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(mergeButton);
    connect(box, &QMessageBox::buttonClicked, this, [this, mergeButton, fromId, intoId](QAbstractButton *button) {
        if (button == mergeButton)
            report(merge(fromId, intoId));
    });
    box->open();
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
    QList<Speaker> others = m_library->speakers().list();
    others.erase(std::remove_if(others.begin(), others.end(), [fromId](const Speaker &s) { return s.id == fromId; }),
                 others.end());
    if (others.isEmpty())
        return;
    auto *dialog = new SpeakerChoiceDialog(others, m_parent);
    dialog->setObjectName(QStringLiteral("mergeSpeakerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Merge Speaker"));
    dialog->setPrompt(tr("Merge %1 into which speaker? Every segment of %2, in every document, moves to that speaker, "
                         "and %2 becomes one of its names.")
                          .arg(from->nameWithAliases(), from->name));
    connect(dialog, &QDialog::accepted, this, [this, dialog, fromId] {
        if (const qint64 into = dialog->chosenSpeakerId())
            report(merge(fromId, into));
    });
    dialog->open();
}

void SpeakerController::askAssign(const QList<qint64> &segmentIds)
{
    if (!m_library || segmentIds.isEmpty())
        return;
    auto *dialog = new SpeakerChoiceDialog(m_library->speakers().list(), m_parent);
    dialog->setObjectName(QStringLiteral("assignSpeakerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Assign Speaker"));
    dialog->setPrompt(tr("Speaker of the %n selected segment(s) (type a new name to add a speaker):", nullptr,
                         int(segmentIds.size())));
    dialog->setEditable(true);
    dialog->setUnchangedSpeaker(m_library->speakers().sharedSpeaker(segmentIds));
    connect(dialog, &QDialog::accepted, this, [this, dialog, segmentIds] {
        if (const qint64 speaker = dialog->chosenSpeakerId())
            report(assign(segmentIds, speaker));
        else if (!dialog->chosenName().isEmpty())
            report(assignByName(segmentIds, dialog->chosenName()));
    });
    dialog->open();
}

} // namespace bitext::ui
