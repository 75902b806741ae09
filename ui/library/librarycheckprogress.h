#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace bitext::ui {

// Runs the check of a library file that opening needs (LibraryCheck::beforeOpen) on a
// worker thread when it has to read the whole file, which takes seconds for a large
// library: after an unclean shutdown, or when something other than Bitext changed the
// file. Meanwhile the window goes on painting, and a progress dialog (shown after a
// moment) offers Cancel. When the file is as it was last known good nothing runs.
class LibraryCheckProgress
{
    Q_DECLARE_TR_FUNCTIONS(LibraryCheckProgress)

public:
    // True when the file may be opened (checked, or no check needed); false when the
    // user cancelled. Throws what the check throws (DamagedLibraryError).
    static bool run(QWidget *parent, const QString &path);
};

} // namespace bitext::ui
