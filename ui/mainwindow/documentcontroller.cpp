#include "ui/mainwindow/documentcontroller.h"

#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/text/untrustedtext.h"
#include "ui/commands/deletedocumentscommand.h"
#include "ui/commands/editdocumentcommand.h"
#include "ui/library/metadatadialog.h"
#include "ui/mainwindow/undocontroller.h"

#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace bitext::ui {

DocumentController::DocumentController(UndoController *undo, QWidget *dialogParent)
    : QObject(dialogParent), m_undo(undo), m_parent(dialogParent)
{
}

void DocumentController::setLibrary(Library *library)
{
    m_library = library;
}

bool DocumentController::askEdit(qint64 documentId)
{
    if (!m_library)
        return false;
    const auto document = m_library->documents().find(documentId);
    if (!document)
        return false;
    MetadataDialog dialog(*document, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Document edited = dialog.document();
    if (edited.title == document->title && edited.sourceUrl == document->sourceUrl && edited.date == document->date
        && edited.people == document->people && edited.keywords == document->keywords && edited.summary == document->summary)
        return false;
    const QString error = LibraryCommand::push(m_undo->documentStack(documentId),
                                               new EditDocumentCommand(*m_library, *document, edited));
    if (!error.isEmpty())
        QMessageBox::warning(m_parent, tr("Document Information"), untrustedtext::shownLiterally(error));
    return error.isEmpty();
}

bool DocumentController::askDelete(const QList<qint64> &documentIds)
{
    if (!m_library || documentIds.isEmpty())
        return false;
    QString question;
    if (documentIds.size() == 1) {
        const auto document = m_library->documents().find(documentIds.first());
        question = tr("Delete “%1” from the library, with its annotations and notes?").arg(document ? document->title : QString());
    } else {
        question = tr("Delete %n documents from the library, with their annotations and notes?", nullptr,
                      int(documentIds.size()));
    }
    QMessageBox box(QMessageBox::Question, tr("Delete Documents"), question, QMessageBox::Cancel, m_parent);
    box.setTextFormat(Qt::PlainText); // names a document
    box.setInformativeText(tr("You can bring them back with Edit > Undo."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return false;
    const QString error = this->remove(documentIds);
    if (!error.isEmpty())
        QMessageBox::warning(m_parent, tr("Delete Documents"), untrustedtext::shownLiterally(error));
    return error.isEmpty();
}

QString DocumentController::remove(const QList<qint64> &documentIds)
{
    if (!m_library)
        return {};
    for (qint64 id : documentIds)
        m_undo->forgetDocument(id);
    return LibraryCommand::push(m_undo->libraryStack(), new DeleteDocumentsCommand(*m_library, documentIds));
}

} // namespace bitext::ui
