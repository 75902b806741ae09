#pragma once

#include "models/export/exportjob.h"
#include "models/export/exportrequest.h"
#include "ui/common/latestjob.h"

#include <QDialog>
#include <QList>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTimer;

namespace bitext {
class ExportProgress;
class Library;
}

namespace bitext::ui {

class ExportPreview;
class TagChecklist;

// File > Export Notes: the format, what to export (the current document, the documents
// selected in the library sidebar, the quotes with chosen tags across the library, or
// the whole library), the grouping and whether each quote carries the aligned passage
// of the other language, with a live preview of the file and the number of quotes.
// Writing goes through the same ExportCollector and Exporter as `bitext export`.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { CurrentDocument, SelectedDocuments, Tags, Library };

    ExportDialog(Library &library, qint64 currentDocumentId, const QList<qint64> &selectedDocumentIds,
        QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportFormat format() const;
    void setFormat(ExportFormat format);
    Scope scope() const;
    void setScope(Scope scope);
    // What the choices ask for; documentIds and tagIds as `bitext export` gets them.
    ExportRequest request() const;
    // Quotes the last preview found (what Export would write).
    int quoteCount() const { return m_quoteCount; }
    // A preview or an export is being computed (off the GUI thread).
    bool isBusy() const { return m_previewJob.isBusy() || m_exportJob.isBusy(); }
    // A file name without folder or suffix: the document's title, the tags, or a general name.
    QString suggestedFileName() const;

    // Writes the export to path on a worker thread, replacing it atomically, with its
    // progress in the progress bar; then emits exported(), or on failure shows the
    // reason in a message box, leaves no file behind and emits exportFailed(). The
    // Export button calls it after asking for the file, and closes the dialog when it
    // succeeded. Cancel (or Esc) stops it: the file stays as it was, exportCanceled().
    void exportTo(const QString &path);
    // Stops the running export; the dialog stays open.
    void cancelExport();
    bool isExporting() const { return m_exportJob.isBusy(); }

    ExportPreview *preview() const { return m_preview; }
    QComboBox *formatBox() const { return m_format; }
    QRadioButton *scopeButton(Scope scope) const;
    TagChecklist *tagList() const { return m_tags; }
    QComboBox *groupingBox() const { return m_grouping; }
    QCheckBox *translationBox() const { return m_translation; }
    QLabel *countLabel() const { return m_count; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progressBar; }

public slots:
    // Asks for the file (with the format's suffix) and exports; closes the dialog when done.
    void chooseFileAndExport();
    // Recomputes the preview and the count now (changes call it after a short pause);
    // previewUpdated() tells when they are shown.
    void updatePreview();
    // While exporting: cancels the export, and the dialog stays. Else closes it.
    void reject() override;

signals:
    void exported(const QString &path, int quotes, int documents);
    void exportFailed(const QString &message);
    void exportCanceled();
    void previewUpdated();

private:
    QWidget *createOptions();
    void schedulePreview();
    void showPreview(const ExportJob::Preview &preview, ExportFormat format);
    void finishExport(const ExportJob::Written &written);
    QString documentTitle(qint64 documentId) const;
    void restoreChoices();
    void saveChoices() const;

    Library &m_library;
    qint64 m_currentDocumentId;
    QList<qint64> m_selectedDocumentIds;
    QComboBox *m_format = nullptr;
    QButtonGroup *m_scope = nullptr;
    TagChecklist *m_tags = nullptr;
    QComboBox *m_grouping = nullptr;
    QCheckBox *m_translation = nullptr;
    ExportPreview *m_preview = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QTimer *m_previewTimer = nullptr;
    QTimer *m_progressTimer = nullptr;
    std::shared_ptr<ExportProgress> m_progress; // of the running export
    int m_quoteCount = 0;
    bool m_closeAfterExport = false;
    LatestJob<ExportJob::Preview> m_previewJob {this};
    LatestJob<ExportJob::Written> m_exportJob {this};
};

} // namespace bitext::ui
