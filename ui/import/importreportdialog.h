#pragma once

#include "models/import/importresult.h"

#include <QDialog>
#include <QList>

class QPlainTextEdit;

namespace bitext::ui {

// One dialog after an import that had failures: how many files came in, and each failed
// file with its `FILE:LINE: reason`, selectable so it can be copied into a bug report.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportReportDialog(const QList<ImportResult> &results, QWidget *parent = nullptr);

    QString reportText() const;

private:
    QPlainTextEdit *m_failures;
};

} // namespace bitext::ui
