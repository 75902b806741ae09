#pragma once

#include "tests/support/testsupport.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/search/searchhitdecorator.h"

#include <QHash>
#include <QList>

namespace bitext::ui {
class SearchController;
}

namespace bitext::test {

// The main window on a library of the five seeds, shown and active, for driving
// search and find as a user would.
struct SearchFixture
{
    SearchFixture();

    // Opens a seed ("001") in the reader.
    void open(const QString &seed);
    // The marks of one kind the reader paints on a row's side.
    QList<bitext::TextRange> marks(int row, Side side, ui::SearchHitDecorator::Kind kind) const;
    // Rows with any search or find mark.
    int markedRows() const;

    TemporaryLibrary library;
    ui::MainWindow window;
    QHash<QString, qint64> ids;
    ui::SearchController *controller = nullptr;
};

} // namespace bitext::test
