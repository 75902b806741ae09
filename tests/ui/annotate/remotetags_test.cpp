// Tags created, renamed or moved by another connection (announced as remote, as the
// LibraryWatcher does) appear in the codebook tree in place: the tree keeps its
// expansion and the tag chosen as a filter.
#include "models/item/tagtreemodel.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"
#include "tests/ui/annotate/annotatewindow.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTreeView>

using namespace bitext;
using namespace bitext::ui;

TEST_CASE("The codebook tree in the annotations dock follows remote tag changes without a reset", "[remote]")
{
    test::AnnotateWindow f;
    f.open(f.first);
    AnnotationsDock *dock = f.annotations()->dock();
    REQUIRE(dock);
    QTreeView *tree = dock->tagView();
    TagTreeModel *model = dock->tagModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Made here: each new tag shows open, like the tree expanded at the start.
    const qint64 emotion = f.lib().tags().create(0, QStringLiteral("Emotion"));
    const qint64 joy = f.lib().tags().create(emotion, QStringLiteral("Joy"));
    const qint64 topic = f.lib().tags().create(0, QStringLiteral("Topic"));
    f.lib().tags().create(topic, QStringLiteral("Work"));
    QCoreApplication::processEvents();
    CHECK(tree->isExpanded(model->indexOfTag(emotion)));
    CHECK(tree->isExpanded(model->indexOfTag(topic)));
    tree->collapse(model->indexOfTag(topic)); // the user closes one
    tree->setCurrentIndex(model->indexOfTag(joy));
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);

    std::unique_ptr<Library> other = Library::open(f.library.path());
    ChangeList published;
    QObject::connect(other.get(), &Library::changed, [&](const ChangeList &changes, bool) { published << changes; });
    const qint64 anger = other->tags().create(emotion, QStringLiteral("Anger"));
    other->tags().create(topic, QStringLiteral("Play"));
    Tag renamed = *other->tags().find(topic);
    renamed.name = QStringLiteral("Subject");
    other->tags().update(renamed);
    f.lib().announce(published, true);
    QCoreApplication::processEvents();

    CHECK(resets.isEmpty());
    CHECK(model->indexOfTag(anger).isValid());
    CHECK(model->indexOfTag(topic).data().toString() == QStringLiteral("Subject"));
    CHECK(model->rowCount(model->indexOfTag(topic)) == 2);
    CHECK(tree->isExpanded(model->indexOfTag(emotion)));
    CHECK_FALSE(tree->isExpanded(model->indexOfTag(topic)));
    CHECK(tree->currentIndex() == model->indexOfTag(joy));
}
