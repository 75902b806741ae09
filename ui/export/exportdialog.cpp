#include "ui/export/exportdialog.h"

#include "models/export/exportprogress.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"
#include "models/text/untrustedtext.h"
#include "ui/common/combowidth.h"
#include "ui/common/filedialog.h"
#include "ui/export/exportpreview.h"
#include "ui/export/tagchecklist.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace bitext::ui {

namespace {

const QString kFormatKey = QStringLiteral("export/format");
const QString kGroupingKey = QStringLiteral("export/grouping");
const QString kTranslationKey = QStringLiteral("export/withTranslation");
const QString kDirectoryKey = QStringLiteral("export/directory");

// Pause after the last change before the preview is recomputed: typing-speed changes
// (arrow keys through the formats, ticking several tags) collect and render once.
constexpr int kPreviewDelayMs = 150;
// How often the progress bar follows a running export.
constexpr int kProgressIntervalMs = 100;

// What users know the formats by, and the file dialog's filter name.
QString formatLabel(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return ExportDialog::tr("Markdown for Obsidian and Zotero");
    case ExportFormat::Html:
        return ExportDialog::tr("HTML web page");
    case ExportFormat::Csv:
        return ExportDialog::tr("CSV spreadsheet");
    case ExportFormat::Pdf:
        return ExportDialog::tr("PDF document");
    case ExportFormat::Odt:
        return ExportDialog::tr("OpenDocument text for LibreOffice and Word");
    case ExportFormat::WebAnnotation:
        return ExportDialog::tr("W3C Web Annotations, JSON-LD");
    case ExportFormat::RefiCodebook:
        return ExportDialog::tr("REFI-QDA codebook");
    case ExportFormat::RefiProject:
        return ExportDialog::tr("REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder");
    }
    return {};
}

const QList<ExportFormat> kFormats {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Csv, ExportFormat::Pdf,
    ExportFormat::Odt, ExportFormat::WebAnnotation, ExportFormat::RefiCodebook, ExportFormat::RefiProject};

// A name every file system takes: no separators, wildcards or control characters.
QString safeFileName(QString name)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    name.replace(forbidden, QStringLiteral("_"));
    name = name.simplified().left(120);
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    return name;
}

} // namespace

ExportDialog::ExportDialog(
    Library &library, qint64 currentDocumentId, const QList<qint64> &selectedDocumentIds, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_currentDocumentId(currentDocumentId)
    , m_selectedDocumentIds(selectedDocumentIds)
    , m_preview(new ExportPreview(this))
    , m_previewTimer(new QTimer(this))
    , m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Notes"));
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);

    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createOptions());
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(1, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("exportCount"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("exportProgress"));
    m_progressBar->setRange(0, 1000);
    m_progressBar->setAccessibleName(tr("Export progress"));
    m_progressBar->hide();
    m_progressTimer->setInterval(kProgressIntervalMs);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_progress)
            m_progressBar->setValue(m_progress->permille());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_progressBar, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    resize(1000, 640);
    splitter->setSizes({360, 640});

    restoreChoices();
    updatePreview();
    m_format->setFocus();
}

ExportDialog::~ExportDialog()
{
    // The worker is waited for when m_exportJob goes: let it stop at its next step.
    if (m_progress)
        m_progress->cancel();
}

QWidget *ExportDialog::createOptions()
{
    auto *options = new QWidget(this);
    auto *layout = new QVBoxLayout(options);
    layout->setContentsMargins(0, 0, 0, 0);

    m_format = new QComboBox(options);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (ExportFormat format : kFormats)
        m_format->addItem(tr("%1 (.%2)").arg(formatLabel(format), exportFormatSuffix(format)), int(format));
    // The longest name must not push the preview aside; the open list shows it whole.
    // The first (the default) is shown whole, however long the language writes it.
    fitComboToEntry(m_format, 0, 28);
    m_grouping = new QComboBox(options);
    m_grouping->setObjectName(QStringLiteral("exportGrouping"));
    m_grouping->addItem(tr("By document"), int(ExportGrouping::ByDocument));
    m_grouping->addItem(tr("By tag"), int(ExportGrouping::ByTag));
    m_translation = new QCheckBox(tr("Include the aligned passage in the &other language"), options);
    m_translation->setObjectName(QStringLiteral("exportTranslation"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Group quotes:"), m_grouping);
    form->addRow(m_translation);
    layout->addLayout(form);

    auto *scopeBox = new QGroupBox(tr("Export"), options);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    m_scope = new QButtonGroup(this);
    // Long titles must not widen the dialog: the tool tip has all of it.
    const QString current = documentTitle(m_currentDocumentId);
    const QString shownTitle = fontMetrics().elidedText(current, Qt::ElideMiddle, 240);
    const QList<QPair<Scope, QString>> scopes {
        {Scope::CurrentDocument,
            current.isEmpty() ? tr("The current document")
                              : tr("The current document: %1").arg(untrustedtext::withoutMnemonic(shownTitle))},
        {Scope::SelectedDocuments, tr("The documents selected in the library (%1)").arg(m_selectedDocumentIds.size())},
        {Scope::Tags, tr("Quotes with these tags, in every document:")}, {Scope::Library, tr("The whole library")}};
    for (const auto &entry : scopes) {
        auto *button = new QRadioButton(entry.second, scopeBox);
        button->setObjectName(QStringLiteral("exportScope%1").arg(int(entry.first)));
        m_scope->addButton(button, int(entry.first));
        scopeLayout->addWidget(button);
        if (entry.first == Scope::Tags) {
            m_tags = new TagChecklist(scopeBox);
            m_tags->setObjectName(QStringLiteral("exportTags"));
            auto *indent = new QHBoxLayout;
            indent->setContentsMargins(22, 0, 0, 0);
            indent->addWidget(m_tags);
            scopeLayout->addLayout(indent);
        }
    }
    scopeButton(Scope::CurrentDocument)->setEnabled(m_currentDocumentId > 0);
    scopeButton(Scope::SelectedDocuments)->setEnabled(!m_selectedDocumentIds.isEmpty());
    scopeButton(Scope::CurrentDocument)->setToolTip(untrustedtext::shownLiterally(current));
    layout->addWidget(scopeBox);
    layout->addStretch(1);
    m_tags->setTags(m_library.tags().list(), m_library.tags().usageCounts());

    connect(m_format, qOverload<int>(&QComboBox::currentIndexChanged), this, &ExportDialog::schedulePreview);
    connect(m_grouping, qOverload<int>(&QComboBox::currentIndexChanged), this, &ExportDialog::schedulePreview);
    connect(m_translation, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_scope, qOverload<QAbstractButton *, bool>(&QButtonGroup::buttonToggled), this,
        [this](QAbstractButton *, bool checked) {
            if (checked)
                schedulePreview();
        });
    connect(m_tags, &QTreeWidget::itemChanged, this, [this] {
        // Ticking a tag means exporting by tags.
        if (!m_tags->checkedTagIds().isEmpty())
            setScope(Scope::Tags);
        schedulePreview();
    });
    return options;
}

QRadioButton *ExportDialog::scopeButton(Scope scope) const
{
    return qobject_cast<QRadioButton *>(m_scope->button(int(scope)));
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

ExportDialog::Scope ExportDialog::scope() const
{
    return Scope(m_scope->checkedId());
}

void ExportDialog::setScope(Scope scope)
{
    if (QRadioButton *button = scopeButton(scope); button->isEnabled())
        button->setChecked(true);
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    switch (scope()) {
    case Scope::CurrentDocument:
        request.documentIds = {m_currentDocumentId};
        break;
    case Scope::SelectedDocuments:
        request.documentIds = m_selectedDocumentIds;
        break;
    case Scope::Tags:
        request.tagIds = m_tags->checkedTagIds();
        break;
    case Scope::Library:
        break;
    }
    request.grouping = ExportGrouping(m_grouping->currentData().toInt());
    request.withTranslation = m_translation->isChecked();
    return request;
}

QString ExportDialog::documentTitle(qint64 documentId) const
{
    if (documentId <= 0)
        return {};
    const auto document = m_library.documents().find(documentId);
    return document ? document->title : QString();
}

QString ExportDialog::suggestedFileName() const
{
    QString name;
    switch (scope()) {
    case Scope::CurrentDocument:
        name = documentTitle(m_currentDocumentId);
        break;
    case Scope::SelectedDocuments:
        if (m_selectedDocumentIds.size() == 1)
            name = documentTitle(m_selectedDocumentIds.first());
        break;
    case Scope::Tags: {
        QStringList names;
        for (qint64 id : m_tags->checkedTagIds()) {
            if (const auto tag = m_library.tags().find(id))
                names << tag->name;
        }
        name = names.join(QStringLiteral(", "));
        break;
    }
    case Scope::Library:
        break;
    }
    name = safeFileName(name);
    return name.isEmpty() ? tr("Annotated notes") : name;
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::updatePreview()
{
    m_previewTimer->stop();
    const ExportRequest request = this->request();
    if (scope() == Scope::Tags && request.tagIds.isEmpty()) {
        m_previewJob.cancel(); // an answer for earlier choices must not replace this
        ExportJob::Preview none;
        showPreview(none, format());
        m_preview->showMessage(tr("Tick one or more tags to export the quotes that carry them."));
        return;
    }
    const QString path = m_library.location();
    const ExportFormat format = this->format();
    QThread *gui = thread();
    m_previewJob.start([path, request, format, gui] { return ExportJob::preview(path, request, format, gui); },
        [this, format](const ExportJob::Preview &preview) { showPreview(preview, format); });
}

void ExportDialog::showPreview(const ExportJob::Preview &preview, ExportFormat format)
{
    m_quoteCount = int(preview.data.quotes.size());
    if (!preview.error.isEmpty())
        m_preview->showMessage(preview.error);
    else if (m_quoteCount == 0)
        m_preview->showMessage(tr("There are no annotated quotes here yet."));
    else
        m_preview->setPreview(preview, format);
    if (m_quoteCount == 0)
        m_count->setText(tr("No quotes to export."));
    else
        m_count->setText(
            tr("Quotes to export: %1 · Documents: %2").arg(m_quoteCount).arg(preview.data.documents.size()));
    m_export->setEnabled(m_quoteCount > 0 && !m_exportJob.isBusy());
    emit previewUpdated();
}

void ExportDialog::exportTo(const QString &path)
{
    const QString library = m_library.location();
    const ExportRequest request = this->request();
    const ExportFormat format = this->format();
    m_export->setEnabled(false);
    m_count->setText(tr("Exporting…"));
    if (m_progress)
        m_progress->cancel(); // an earlier export's answer is dropped anyway
    auto progress = std::make_shared<ExportProgress>();
    m_progress = progress;
    m_progressBar->setValue(0);
    m_progressBar->show();
    m_progressTimer->start();
    auto work = [library, request, format, path, progress] {
        return ExportJob::write(library, request, format, path, progress.get());
    };
    m_exportJob.start(work, [this](const ExportJob::Written &written) { finishExport(written); });
}

void ExportDialog::cancelExport()
{
    if (!m_exportJob.isBusy() || !m_progress)
        return;
    m_progress->cancel();
    m_closeAfterExport = false;
    m_count->setText(tr("Cancelling…"));
}

void ExportDialog::reject()
{
    if (m_exportJob.isBusy()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportDialog::finishExport(const ExportJob::Written &written)
{
    const bool close = m_closeAfterExport;
    m_closeAfterExport = false;
    m_progressTimer->stop();
    m_progressBar->setValue(m_progress ? m_progress->permille() : 0);
    m_progressBar->hide();
    m_progress.reset();
    m_export->setEnabled(m_quoteCount > 0);
    m_count->setText(tr("Quotes to export: %1 · Documents: %2").arg(m_quoteCount).arg(written.documents));
    if (written.canceled) {
        m_count->setText(tr("Export cancelled; nothing was written."));
        emit exportCanceled();
        return;
    }
    if (!written.error.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Export Failed"),
            tr("The notes were not exported; nothing was written."), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("exportError"));
        box->setInformativeText(untrustedtext::shownLiterally(written.error));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit exportFailed(written.error);
        return;
    }
    saveChoices();
    QSettings().setValue(kDirectoryKey, QFileInfo(written.path).absolutePath());
    emit exported(written.path, written.quotes, written.documents);
    if (close)
        accept();
}

void ExportDialog::chooseFileAndExport()
{
    if (m_previewTimer->isActive())
        updatePreview(); // a change within the debounce pause must not be lost
    if (m_quoteCount == 0 && !m_previewJob.isBusy())
        return;
    const ExportFormat format = this->format();
    const QString suffix = exportFormatSuffix(format);
    QString directory = QSettings().value(kDirectoryKey).toString();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::getSaveFileName(this, tr("Export Notes"),
        QDir(directory).filePath(suggestedFileName() + QLatin1Char('.') + suffix),
        tr("%1 (*.%2)").arg(formatLabel(format), suffix), suffix);
    if (path.isEmpty())
        return;
    m_closeAfterExport = true;
    exportTo(path);
}

void ExportDialog::restoreChoices()
{
    const QSettings settings;
    const auto format = exportFormatFromName(settings.value(kFormatKey).toString());
    setFormat(format.value_or(ExportFormat::Markdown));
    const int grouping = m_grouping->findData(settings.value(kGroupingKey, int(ExportGrouping::ByDocument)).toInt());
    m_grouping->setCurrentIndex(qMax(0, grouping));
    m_translation->setChecked(settings.value(kTranslationKey, true).toBool());
    if (m_currentDocumentId > 0)
        setScope(Scope::CurrentDocument);
    else if (!m_selectedDocumentIds.isEmpty())
        setScope(Scope::SelectedDocuments);
    else
        setScope(Scope::Library);
}

void ExportDialog::saveChoices() const
{
    QSettings settings;
    settings.setValue(kFormatKey, exportFormatName(format()));
    settings.setValue(kGroupingKey, m_grouping->currentData().toInt());
    settings.setValue(kTranslationKey, m_translation->isChecked());
}

} // namespace bitext::ui
