#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace bitext::ui {

// One pairing run of AlignService off the GUI thread, on its own Library connection (as
// imports run): two files paired into a new document, or a file attached to a document.
// A busy dialog shows after a moment when it takes long; finished() reports the result.
class AlignJob : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        qint64 documentId = 0;
        int pairs = 0;
        int lowConfidence = 0;
        QString error; // non-empty when nothing was stored
    };

    // Starts pairing zhFile with enFile (documentId 0), or attaching zhFile's text to
    // documentId (enFile empty). Deletes itself after finished().
    static AlignJob *start(
        QWidget *parent, const QString &libraryPath, qint64 documentId, const QString &zhFile, const QString &enFile);
    ~AlignJob() override;

    // Blocks until the run is over and finished() was emitted (tests, closing the window).
    void wait();

signals:
    void finished(const bitext::ui::AlignJob::Outcome &outcome);

private:
    explicit AlignJob(QWidget *parent);
    void onFinished();

    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<Outcome> m_outcome;
};

} // namespace bitext::ui
