#include "ui/import/importreportdialog.h"

#include "models/import/importsummary.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace bitext::ui {

ImportReportDialog::ImportReportDialog(const QList<ImportResult> &results, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import"));
    QStringList lines;
    for (const ImportResult &r : results) {
        if (!r.failed())
            continue;
        // The message already names FILE:LINE when the parser knew the line.
        const QString name = QFileInfo(r.file).fileName();
        lines << (r.message.startsWith(r.file) || r.message.startsWith(name) ? r.message
                                                                             : QStringLiteral("%1: %2").arg(r.file, r.message));
    }
    auto *summary = new QLabel(ImportSummary(results).text(), this);
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);

    m_failures = new QPlainTextEdit(lines.join(QLatin1Char('\n')), this);
    m_failures->setObjectName(QStringLiteral("importFailures"));
    m_failures->setReadOnly(true);
    m_failures->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_failures->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_failures, 1);
    layout->addWidget(buttons);
    resize(720, 320);
}

QString ImportReportDialog::reportText() const
{
    return m_failures->toPlainText();
}

} // namespace bitext::ui
