#pragma once

#include "models/align/segmentrepair.h"
#include "models/domain/segment.h"
#include "ui/align/alignjob.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QAction;

namespace bitext::ui {

class AlignmentReviewDock;
class MainWindow;

// Pairing languages from the window: File › Import with a Chinese and an English file
// offers to pair them as one document, a file dropped on an open one-language document
// offers to attach it as its other language (also File › Attach Translation…), both run
// by AlignService off the GUI thread; the Alignment Review panel lists the pairs the
// aligner was unsure of, and Accept confirms one. An attach is undone as one step.
class AlignController : public QObject
{
    Q_OBJECT

public:
    explicit AlignController(MainWindow *window);

    QAction *attachAction() const { return m_attach; }
    AlignmentReviewDock *reviewDock() const { return m_dock; }
    // The running pairing, if any (tests wait on it).
    AlignJob *job() const { return m_job; }

    // Which language a transcript file is in (its dominant script), none when unreadable
    // or mixed.
    static std::optional<Side> languageOf(const QString &file);

    // Offers to pair (two files of different languages) or attach (one dropped file of the
    // open one-language document's other language); true when it took the files.
    bool offer(const QStringList &files, bool dropped);
    void chooseAttach();
    void attach(const QString &file);
    void pair(const QString &zhFile, const QString &enFile);

private:
    void retranslate();
    void updateActions();
    // Asks Pair (or Attach) / Import Separately / Cancel under objectName.
    void ask(const QString &name, const QString &title, const QString &text, const QString &doIt,
        const std::function<void()> &onDo, const QStringList &files);
    void run(qint64 documentId, const QString &zhFile, const QString &enFile);
    // After a run stored its pairs: the window re-reads, opens the result and says how it went.
    void finish(qint64 attachedTo, const AlignJob::Outcome &outcome);
    // Confirms a pair (clears its confidence) with an undoable command.
    void accept(qint64 segmentId);
    // The side the open document lacks, when it has exactly one.
    std::optional<Side> missingSide() const;

    MainWindow *m_window;
    AlignmentReviewDock *m_dock;
    QAction *m_attach;
    AlignJob *m_job = nullptr;
    // The document a running attach rewrites, as it was (SegmentRepair::whole), for Undo.
    std::optional<SegmentRepair::Run> m_attachedFrom;
};

} // namespace bitext::ui
