#pragma once

#include "tests/support/annotatedseeds.h"
#include "tests/support/tscatalogue.h"
#include "ui/mainwindow/mainwindow.h"

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

class QMenuBar;
class QWidget;

namespace bitext::test {

// A main window on the annotated seeds (tests/support/annotatedseeds.h), from empty
// settings, shown at `size` with the interview open. Built in the language installed when
// it is made.
struct SeedWindow
{
    explicit SeedWindow(QSize size = QSize(1400, 900));
    ~SeedWindow();

    AnnotatedSeeds seeds;
    std::unique_ptr<ui::MainWindow> window;
};

// The interface in one language for the length of a test; English again afterwards.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language);
    ~LanguageScope();
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;
};

// One text the interface shows, and where.
struct ShownText
{
    QString where;
    QString text;
};

// The titles of the menu bar's menus and the text of every action in them, submenus
// included, in menu order ("File", "File/&Import Transcripts…", …).
QList<ShownText> menuTexts(const QMenuBar *bar);
// The window title and the texts of the visible labels, buttons, check boxes, group box
// titles, combo box items and tabs of a window, in creation order.
QList<ShownText> widgetTexts(const QWidget *window);

// Is the interface shown in `language`? english holds the texts of the same window built
// in English: a text that is a source string of Bitext's catalogues must be what the
// installed catalogue makes of it (QCoreApplication::translate in any context that holds
// it) and hold Han characters; a text composed at run time ("The current document: …")
// must hold Han characters when its English has words; names and numbers pass. One line
// per problem.
QStringList untranslated(const QList<ShownText> &english, const QList<ShownText> &shown);

// Every ;;-separated part of a file dialog's name filter is "Name (*.a *.b)" with ASCII
// brackets, which is how QFileDialog reads it; the patterns of each part, or the parts
// that are not.
QStringList filterPatterns(const QString &filter);

// The texts in English again (after switching back): one line per difference.
QStringList differences(const QList<ShownText> &expected, const QList<ShownText> &shown);

} // namespace bitext::test
