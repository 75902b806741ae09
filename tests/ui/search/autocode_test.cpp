// Issue 19: "Auto-code Results…" in the library search panel, on the real main window:
// the search's hits become highlights with a chosen tag, as one undo step.
#include "models/analysis/autocoder.h"
#include "models/annotate/highlightindex.h"
#include "models/store/annotationrepository.h"
#include "models/store/tagrepository.h"
#include "tests/ui/search/searchfixture.h"
#include "tests/ui/search/searchwait.h"
#include "ui/annotate/annotationcontroller.h"
#include "ui/annotate/highlightdecorator.h"
#include "ui/annotate/tagpicker.h"
#include "ui/mainwindow/undocontroller.h"
#include "ui/search/librarysearchpanel.h"
#include "ui/search/searchcontroller.h"
#include "ui/search/searchresultmodel.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

// Clicks Auto-code Results… and answers the tag picker with `path`.
void autoCode(test::SearchFixture &f, const QString &path)
{
    LibrarySearchPanel *panel = f.controller->panel();
    REQUIRE(panel->autoCodeButton()->isEnabled());
    panel->autoCodeButton()->click();
    auto *picker = f.window.findChild<TagPicker *>(QStringLiteral("autoCodeTagPicker"));
    REQUIRE(picker);
    REQUIRE(picker->isVisible());
    picker->lineEdit()->setText(path);
    REQUIRE(picker->accept());
    QCoreApplication::processEvents();
}

// The status line as the runner words it (through the catalogue, for the plural).
QString codedMessage(int coded, int skipped)
{
    return QCoreApplication::translate("AutoCodeRunner", "Coded %n passage(s); %1 already had the tag", nullptr, coded)
        .arg(skipped);
}

QList<Annotation> taggedWith(Library &library, qint64 tagId)
{
    QList<Annotation> found;
    const QList<Annotation> all = library.annotations().list();
    for (const Annotation &a : all) {
        if (a.tagIds.contains(tagId))
            found << a;
    }
    return found;
}

} // namespace

TEST_CASE("Auto-code Results codes every search hit as one undo step, and only once", "[ui][search][autocode]")
{
    test::SearchFixture f;
    Library &library = *f.window.library();
    LibrarySearchPanel *panel = f.controller->panel();
    REQUIRE(panel);
    CHECK_FALSE(panel->autoCodeButton()->isEnabled()); // no results yet
    test::searchAndWait(*panel, QStringLiteral("对齐"));
    const QList<CodingTarget> targets = AutoCoder::targetsOf(panel->model()->results());
    REQUIRE(targets.size() > 1);
    const int annotationsBefore = int(library.annotations().list().size());

    // A new tag typed into the picker: made and used in the same step.
    autoCode(f, QStringLiteral("Auto/Alignment"));
    const auto tag = library.tags().findByPath(QStringLiteral("Auto/Alignment"));
    REQUIRE(tag);
    const QList<Annotation> coded = taggedWith(library, tag->id);
    CHECK(coded.size() == targets.size());
    for (const Annotation &a : coded) {
        // Each quote is a hit of the query in one of its scripts (对齐 or 對齊).
        CHECK((a.quote == QStringLiteral("对齐") || a.quote == QStringLiteral("對齊")));
        CHECK(a.color == tag->color);
    }
    CHECK(f.window.statusBar()->currentMessage() == codedMessage(int(targets.size()), 0));

    // The highlights are in the reader of a document that had a hit.
    f.window.openDocument(coded.first().documentId);
    QCoreApplication::processEvents();
    auto *annotations = f.window.findChild<AnnotationController *>(QStringLiteral("annotationController"));
    REQUIRE(annotations);
    CHECK(annotations->decorator()->index().extent(coded.first().id).startRow >= 0);

    // Edit › Undo once: every highlight and the tag made for them are gone.
    UndoController *undo = f.window.undoController();
    CHECK(undo->undoText().contains(QStringLiteral("Auto-code")));
    undo->undo();
    QCoreApplication::processEvents();
    CHECK(library.annotations().list().size() == annotationsBefore);
    CHECK_FALSE(library.tags().findByPath(QStringLiteral("Auto/Alignment")));
    CHECK(annotations->decorator()->index().extent(coded.first().id).startRow < 0);

    // Redo: all back, with the same ids.
    undo->redo();
    QCoreApplication::processEvents();
    const QList<Annotation> redone = taggedWith(library, tag->id);
    REQUIRE(redone.size() == coded.size());
    for (int i = 0; i < coded.size(); ++i)
        CHECK(redone.at(i).id == coded.at(i).id);
    CHECK(annotations->decorator()->index().extent(coded.first().id).startRow >= 0);

    // Again, with the tag they have now: nothing new, nothing on the undo stack.
    test::waitForResults(*panel); // the results follow the library's changes
    const QString undoBefore = undo->undoText();
    autoCode(f, QStringLiteral("Auto/Alignment"));
    CHECK(taggedWith(library, tag->id).size() == coded.size());
    CHECK(f.window.statusBar()->currentMessage() == codedMessage(0, int(targets.size())));
    CHECK(undo->undoText() == undoBefore);
}
