// Files opened with Bitext (`bitext FILE`, the file manager, a second bitext passing them
// on) are imported through the window's ImportController and shown; a file already in
// the library is shown, not imported again.
#include "models/store/documentrepository.h"
#include "tests/ui/mainwindow/windowfixture.h"
#include "ui/import/importcontroller.h"
#include "ui/library/librarypanel.h"
#include "ui/mainwindow/fileopener.h"

#include <QListView>
#include <QSignalSpy>

using namespace bitext;
using namespace bitext::ui;

TEST_CASE("Opening a file imports and shows it; opening it again shows the same document", "[instance]")
{
    test::WindowFixture f;
    MainWindow &window = *f.window;
    window.importController()->setInteractive(false);
    auto *opener = new FileOpener(&window);
    QSignalSpy opened(opener, &FileOpener::opened);

    const QString srt = test::dataPath(QStringLiteral("import/subtitles.srt"));
    opener->open({srt});
    REQUIRE(test::waitFor([&] { return opened.count() == 1; }, 60000));
    const qint64 id = opened.at(0).at(0).toLongLong();
    CHECK(window.currentDocumentId() == id);
    CHECK(window.library()->documents().list().size() == 1);

    opener->open({srt});
    REQUIRE(test::waitFor([&] { return opened.count() == 2; }, 60000));
    CHECK(opened.at(1).at(0).toLongLong() == id);
    CHECK(window.library()->documents().list().size() == 1);

    // Files arriving while an import runs follow it.
    opener->open({test::dataPath(QStringLiteral("import/voices.vtt"))});
    opener->open({test::dataPath(QStringLiteral("import/article.md"))});
    REQUIRE(test::waitFor([&] { return opened.count() == 4; }, 60000));
    CHECK(window.library()->documents().list().size() == 3);
    CHECK(window.currentDocumentId() == opened.at(3).at(0).toLongLong());
    CHECK(window.libraryPanel()->view()->model()->rowCount() == 3);
}
