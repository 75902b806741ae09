#include "tests/ui/search/searchfixture.h"

#include "models/item/segmentmodel.h"
#include "tests/ui/reader/readertestsupport.h"
#include "ui/reader/readerview.h"
#include "ui/search/searchcontroller.h"

#include <QCoreApplication>
#include <QTest>

#include <catch2/catch.hpp>

namespace bitext::test {

namespace {

const QStringList kSeeds {
    QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("002"), QStringLiteral("003"), QStringLiteral("004")};

} // namespace

SearchFixture::SearchFixture()
{
    clearSettings();
    REQUIRE(window.openLibrary(library.path()));
    for (const QString &seed : kSeeds) {
        const qint64 id = importSeed(*window.library(), seed);
        REQUIRE(id > 0);
        ids.insert(seed, id);
    }
    emit window.library()->documentsChanged();
    window.resize(1400, 900);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    controller = window.findChild<ui::SearchController *>(QStringLiteral("searchController"));
    REQUIRE(controller);
}

void SearchFixture::open(const QString &seed)
{
    window.openDocument(ids.value(seed));
    QCoreApplication::processEvents();
    REQUIRE(window.currentDocumentId() == ids.value(seed));
}

QList<bitext::TextRange> SearchFixture::marks(int row, Side side, ui::SearchHitDecorator::Kind kind) const
{
    const QBrush wanted = ui::SearchHitDecorator::format(kind, window.reader()->palette()).background();
    QList<bitext::TextRange> found;
    const QVector<QTextLayout::FormatRange> formats = controller->formats(row, side);
    for (const QTextLayout::FormatRange &f : formats) {
        if (f.format.background() == wanted)
            found << bitext::TextRange {f.start, f.length};
    }
    return found;
}

int SearchFixture::markedRows() const
{
    int count = 0;
    for (int row = 0; row < window.segmentModel()->rowCount(); ++row)
        count += controller->formats(row, Side::Zh).isEmpty() && controller->formats(row, Side::En).isEmpty() ? 0 : 1;
    return count;
}

} // namespace bitext::test
