#pragma once

#include "tests/support/testsupport.h"
#include "ui/export/exportdialog.h"

#include <QMessageBox>
#include <QSignalSpy>

#include <catch2/catch.hpp>

namespace bitext::test {

// What an export from the dialog came to: written, or the message box's text.
struct ExportOutcome
{
    bool written = false;
    QString message; // the error box's text and informative text
};

// Exports to path (on the dialog's worker thread) and waits for the answer; an error
// box is read and closed.
inline ExportOutcome exportAndWait(ui::ExportDialog &dialog, const QString &path)
{
    QSignalSpy written(&dialog, &ui::ExportDialog::exported);
    QSignalSpy failed(&dialog, &ui::ExportDialog::exportFailed);
    dialog.exportTo(path);
    REQUIRE(waitFor([&] { return !written.isEmpty() || !failed.isEmpty(); }, 60000));
    ExportOutcome outcome;
    outcome.written = !written.isEmpty();
    if (auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("exportError"))) {
        outcome.message = box->text() + QLatin1Char('\n') + box->informativeText();
        delete box;
    }
    return outcome;
}

// Waits until the dialog's preview and count show its current choices.
inline void waitUntilSettled(ui::ExportDialog &dialog)
{
    REQUIRE(waitFor([&] { return !dialog.isBusy(); }, 60000));
}

} // namespace bitext::test
