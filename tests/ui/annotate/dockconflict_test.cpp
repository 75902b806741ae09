// A colour or tag chosen in the annotations dock is based on the quote as the list
// shows it: when someone else changed the quote meanwhile, their version is kept in
// the note and the user is told, instead of it being silently replaced.
#include "models/store/annotationrepository.h"
#include "models/store/library.h"
#include "models/store/noterepository.h"
#include "tests/ui/annotate/annotatewindow.h"
#include "ui/annotate/annotationsdock.h"
#include "ui/commands/librarycommand.h"

#include <QListView>

using namespace bitext;
using namespace bitext::ui;

TEST_CASE("Recolouring in the dock over someone's later change keeps theirs in the note", "[conflict]")
{
    test::AnnotateWindow f;
    f.open(f.first);
    QStringList notices;
    LibraryCommand::setNoticeHandler([&notices](const QString &message) { notices << message; });

    Annotation a;
    a.documentId = f.first;
    a.startSegmentId = a.endSegmentId = f.segment(0).id;
    a.endOffset = 2;
    a.quote = f.segment(0).zh.left(2);
    a.color = QColor(Qt::yellow);
    const qint64 id = f.lib().annotations().create(a);
    QCoreApplication::processEvents();
    AnnotationsDock *dock = f.annotations()->dock();
    dock->selectAnnotation(id);
    REQUIRE(dock->listView()->currentIndex().isValid());

    // Ben recolours the same quote from his own connection; this window has not
    // heard of it yet (no watcher runs in this test).
    std::unique_ptr<Library> ben = Library::open(f.library.path());
    ben->setAuthor(QStringLiteral("Ben"));
    Annotation theirs = *ben->annotations().find(id);
    theirs.color = QColor(Qt::green);
    ben->annotations().update(theirs);

    dock->recolorCurrent(QColor(Qt::red));
    CHECK(f.lib().annotations().find(id)->color == QColor(Qt::red)); // the later writer wins
    REQUIRE(notices.size() == 1);
    CHECK(notices.first().contains(QStringLiteral("Ben")));
    const auto note = f.lib().notes().forAnnotation(id);
    REQUIRE(note);
    CHECK(note->body.contains(QColor(Qt::green).name(), Qt::CaseInsensitive));
    LibraryCommand::setNoticeHandler(nullptr);
}
