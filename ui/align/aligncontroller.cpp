#include "ui/align/aligncontroller.h"

#include "models/core/error.h"
#include "models/item/segmentmodel.h"
#include "models/store/library.h"
#include "models/store/librarywatcher.h"
#include "models/text/script.h"
#include "models/text/textdecoder.h"
#include "models/text/untrustedtext.h"
#include "ui/align/alignjob.h"
#include "ui/align/alignmentreviewdock.h"
#include "ui/commands/marksegmentscommand.h"
#include "ui/commands/resplitsegmentscommand.h"
#include "ui/common/filedialog.h"
#include "ui/common/languagechange.h"
#include "ui/import/importcontroller.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/undocontroller.h"
#include "ui/reader/readerview.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace bitext::ui {

namespace {

// Larger files are not transcripts worth sniffing on the GUI thread.
constexpr qint64 kMaxSniffBytes = 32 * 1024 * 1024;

} // namespace

AlignController::AlignController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_dock(new AlignmentReviewDock(window->reader(), window))
    , m_attach(new QAction(this))
{
    m_window->addPanel(m_dock, Qt::RightDockWidgetArea);
    m_dock->hide(); // shown when a pairing leaves pairs to review, or from View › Panels

    m_attach->setObjectName(QStringLiteral("attachTranslation"));
    QMenu *file = window->menu(MainWindow::Menu::File);
    // In Import's group, after Export: the group's first two are Import and Export.
    const QList<QAction *> fileActions = file->actions();
    int at = int(fileActions.indexOf(window->actions()->import));
    while (at >= 0 && at + 1 < fileActions.size() && !fileActions.at(at + 1)->isSeparator())
        ++at;
    file->insertAction(at >= 0 ? fileActions.value(at + 1) : nullptr, m_attach);
    connect(m_attach, &QAction::triggered, this, &AlignController::chooseAttach);

    QMenu *go = window->menu(MainWindow::Menu::Go);
    go->addSeparator();
    go->addAction(m_dock->nextAction());
    go->addAction(m_dock->previousAction());
    connect(m_dock, &AlignmentReviewDock::acceptRequested, this, &AlignController::accept);

    window->importController()->setOffer(
        [this](const QStringList &files, bool dropped) { return offer(files, dropped); });
    connect(window->segmentModel(), &QAbstractItemModel::modelReset, this, &AlignController::updateActions);
    connect(window->segmentModel(), &SegmentModel::documentRefreshed, this, &AlignController::updateActions);
    connect(window, &MainWindow::libraryChanged, this, &AlignController::updateActions);
    onLanguageChange(this, [this] { retranslate(); });
    updateActions();
}

void AlignController::retranslate()
{
    m_attach->setText(tr("Attach Trans&lation…")); // Alt+T connects to a team library
    m_attach->setStatusTip(
        tr("Give the open one-language document its other language from a file, paired automatically."));
}

void AlignController::updateActions()
{
    const Library *library = m_window->library();
    m_attach->setEnabled(library && !library->isReadOnly() && !m_job && missingSide().has_value());
}

std::optional<Side> AlignController::missingSide() const
{
    const SegmentModel *segments = m_window->segmentModel();
    if (!segments->documentId() || segments->hasText(Side::Zh) == segments->hasText(Side::En))
        return std::nullopt;
    return segments->hasText(Side::Zh) ? Side::En : Side::Zh;
}

std::optional<Side> AlignController::languageOf(const QString &file)
{
    QFile in(file);
    if (in.size() > kMaxSniffBytes || !in.open(QIODevice::ReadOnly))
        return std::nullopt;
    QString text;
    try {
        text = TextDecoder::decode(in.readAll(), file).text;
    } catch (const Error &) {
        return std::nullopt; // not text: the import says why
    }
    switch (dominantScript(text)) {
    case Script::Han:
        return Side::Zh;
    case Script::Latin:
        return Side::En;
    case Script::None:
        break;
    }
    return std::nullopt;
}

bool AlignController::offer(const QStringList &files, bool dropped)
{
    const Library *library = m_window->library();
    if (!library || library->isReadOnly() || m_job)
        return false;
    if (files.size() == 2) {
        const auto first = languageOf(files.at(0));
        const auto second = languageOf(files.at(1));
        if (!first || !second || *first == *second)
            return false;
        const QString zh = *first == Side::Zh ? files.at(0) : files.at(1);
        const QString en = *first == Side::Zh ? files.at(1) : files.at(0);
        ask(
            QStringLiteral("pairFilesOffer"), tr("Pair Languages"),
            tr("Pair them as one bilingual document?\n\nChinese: %1\nEnglish: %2")
                .arg(QFileInfo(zh).fileName(), QFileInfo(en).fileName()),
            tr("&Pair"), [this, zh, en] { pair(zh, en); }, files);
        return true;
    }
    const auto missing = missingSide();
    if (!dropped || files.size() != 1 || !missing || languageOf(files.first()) != missing)
        return false;
    const QString file = files.first();
    ask(
        QStringLiteral("attachFileOffer"), tr("Attach Translation"),
        tr("Attach %1 to “%2” as its %3 side?")
            .arg(QFileInfo(file).fileName(), m_window->segmentModel()->document().title,
                *missing == Side::Zh ? tr("Chinese") : tr("English")),
        tr("&Attach"), [this, file] { attach(file); }, files);
    return true;
}

void AlignController::ask(const QString &name, const QString &title, const QString &text, const QString &doIt,
    const std::function<void()> &onDo, const QStringList &files)
{
    auto *box = new QMessageBox(
        QMessageBox::Question, title, untrustedtext::shownLiterally(text), QMessageBox::NoButton, m_window);
    box->setObjectName(name);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *doButton = box->addButton(doIt, QMessageBox::AcceptRole);
    QPushButton *separately = box->addButton(tr("Import &Separately"), QMessageBox::ActionRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(doButton);
    connect(box, &QMessageBox::buttonClicked, this, [this, doButton, separately, onDo, files](QAbstractButton *button) {
        if (button == doButton)
            onDo();
        else if (button == separately && m_window->library())
            m_window->importController()->start(m_window->library()->location(), files);
    });
    box->open();
}

void AlignController::chooseAttach()
{
    const QString file
        = FileDialog::getOpenFileName(m_window, tr("Attach Translation"), QString(), ImportController::fileFilter());
    if (!file.isEmpty())
        attach(file);
}

void AlignController::attach(const QString &file)
{
    if (m_window->currentDocumentId())
        run(m_window->currentDocumentId(), file, QString());
}

void AlignController::pair(const QString &zhFile, const QString &enFile)
{
    run(0, zhFile, enFile);
}

void AlignController::run(qint64 documentId, const QString &zhFile, const QString &enFile)
{
    if (!m_window->library() || m_job)
        return;
    // The document as it is, so that Undo can put it back after the worker rewrote it.
    m_attachedFrom.reset();
    if (documentId) {
        try {
            m_attachedFrom = SegmentRepair(*m_window->library()).whole(documentId);
        } catch (const Error &) {
            // Unreadable now: the worker will say why.
        }
    }
    m_job = AlignJob::start(m_window, m_window->library()->location(), documentId, zhFile, enFile);
    updateActions();
    connect(m_job, &AlignJob::finished, this, [this, documentId](const AlignJob::Outcome &outcome) {
        m_job = nullptr;
        updateActions();
        if (outcome.error.isEmpty()) {
            finish(documentId, outcome);
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Warning,
            documentId ? tr("Cannot Attach Translation") : tr("Cannot Pair Files"),
            untrustedtext::shownLiterally(outcome.error), QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("alignError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void AlignController::finish(qint64 attachedTo, const AlignJob::Outcome &outcome)
{
    Library *library = m_window->library();
    if (!library)
        return;
    // The worker wrote through its own connection: re-read now rather than at the next poll.
    if (auto *watcher = m_window->findChild<LibraryWatcher *>())
        watcher->check();
    QString done;
    if (attachedTo) {
        // Undoable: the document before and after, as one step on its stack.
        QString error = tr("The document could not be read back.");
        try {
            if (m_attachedFrom) {
                const SegmentRepair::Edit edit {*m_attachedFrom, SegmentRepair(*library).whole(attachedTo)};
                error = m_window->undoController()->push(ResplitSegmentsCommand::attached(*library, edit));
            }
        } catch (const Error &e) {
            error = e.message();
        }
        m_attachedFrom.reset();
        if (!error.isEmpty()) // attached all the same, but the steps before it no longer apply
            m_window->undoController()->forgetDocument(attachedTo);
        emit library->documentChanged(attachedTo);
        done = tr("Translation attached: %n pair(s).", nullptr, outcome.pairs);
    } else {
        emit library->documentsChanged();
        m_window->openDocument(outcome.documentId);
        done = tr("Paired as one document: %n pair(s).", nullptr, outcome.pairs);
    }
    const QString review = outcome.lowConfidence
        ? tr("%n need(s) review (F8 goes to the next).", nullptr, outcome.lowConfidence)
        : tr("None needs review.");
    m_window->statusBar()->showMessage(done + QLatin1Char(' ') + review, 15000);
    if (outcome.lowConfidence) {
        m_dock->show();
        m_dock->raise();
    }
    updateActions();
}

void AlignController::accept(qint64 segmentId)
{
    Library *library = m_window->library();
    if (!library || library->isReadOnly() || !m_window->currentDocumentId())
        return;
    const QString error = m_window->undoController()->push(
        MarkSegmentsCommand::accept(*library, m_window->currentDocumentId(), {segmentId}));
    if (!error.isEmpty()) {
        m_window->statusBar()->showMessage(error, 10000);
        return;
    }
    // On to the next one, as a reviewer works down the list.
    m_dock->goToPair(+1);
}

} // namespace bitext::ui
